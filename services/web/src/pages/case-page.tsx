// The case as the coordinator works on it: the question and agreed scope, the clock with its explanation, the
// allowed actions as small forms, assignment, notes, and the timeline from the audit log. The documents section
// lives in documents/documents-section.tsx.
import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { AuditEvent, CaseDetail } from '../api/api-types';
import { CaseActions } from '../cases/case-actions';
import { CaseTimeline } from '../cases/case-timeline';
import { ApiErrorAlert } from '../components/api-error-alert';
import { DateExplanation } from '../components/date-explanation';
import { DecisionSection } from '../decision/decision-section';
import { PublicationSection } from '../publication/publication-section';
import { DocumentsSection } from '../documents/documents-section';
import { useCaseDocuments } from '../documents/use-case-documents';
import { Facts } from '../components/facts';
import { Loading } from '../components/loading';
import { usePageTitle } from '../components/use-page-title';
import { TextAreaField } from '../forms/fields';
import { ErrorSummary } from '../forms/error-summary';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { AppLink } from '../routing/router';
import { useSession } from '../session/session';
import { useStaffData } from '../session/use-staff-data';

export function CasePage({ caseId }: { caseId: string }) {
  const { t, pick, date } = useI18n();
  const detail = useStaffData<CaseDetail>(`/api/v1/cases/${caseId}`);
  const audit = useStaffData<{ events: AuditEvent[] }>(`/api/v1/cases/${caseId}/events`);
  // One poll of the documents for the whole page: the documents section and the timeline's document numbers.
  const caseDocuments = useCaseDocuments(caseId);
  const [notice, setNotice] = useState<string | null>(null);
  const kase = detail.data;
  usePageTitle(kase ? t('case.title', { reference: kase.reference }) : t('case.loadingTitle'), t('site.name'));

  const caseChanged = () => {
    detail.reload();
    audit.reload();
  };

  function changed(next: CaseDetail, what: string) {
    detail.setData(next);
    audit.reload();
    setNotice(t('case.saved', { what }));
  }

  if (detail.error !== null) {
    return (
      <>
        <Heading level={1}>{t('case.loadingTitle')}</Heading>
        <ApiErrorAlert error={detail.error} />
        <Paragraph>
          <AppLink href="/cases">{t('case.backToList')}</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!kase) return <Loading />;

  const scope = [...kase.contactMoments].reverse().find((moment) => {
    const agreed = moment.agreedScope;
    return agreed.subjects.length > 0 || agreed.period || agreed.documentTypes.length > 0 || agreed.notes;
  })?.agreedScope;

  return (
    <>
      <Paragraph className="woo-pre-heading">
        <AppLink href="/cases">{t('case.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('case.title', { reference: kase.reference })}</Heading>
      <Paragraph appearance="lead">
        <span className="woo-status-label">{pick(kase.statusLabel)}</span> · {kase.requesterName}
      </Paragraph>
      <div role="status" className="woo-live">
        {notice && (
          <Notice type="ok">
            <Paragraph>{notice}</Paragraph>
          </Notice>
        )}
      </div>

      <div className="woo-case-grid">
        <div className="woo-case-grid__main">
          <section className="woo-panel" aria-labelledby="clock-title">
            <Heading level={2} id="clock-title">
              {t('clock.title')}
            </Heading>
            <Paragraph className="woo-deadline">{t(clockLine(kase), { date: date(kase.clock.deadline) })}</Paragraph>
            {kase.overdue && (
              <Notice type="error">
                <Paragraph>{t('clock.overdue')}</Paragraph>
              </Notice>
            )}
            <Facts
              items={[
                [t('clock.firstTermEnd'), date(kase.clock.firstTermEnd)],
                [t('clock.suspendedDays'), String(kase.clock.suspendedDays)],
                [t('clock.extended'), kase.clock.extended ? t('common.yes') : t('common.no')],
                [t('clock.decidedOn'), kase.clock.decidedOn ? date(kase.clock.decidedOn) : null],
                [
                  t('clock.appealPossibleFrom'),
                  kase.clock.appealPossibleFrom ? date(kase.clock.appealPossibleFrom) : null,
                ],
                [
                  t('clock.courtOrderDecideBy'),
                  kase.clock.courtOrderDecideBy ? date(kase.clock.courtOrderDecideBy) : null,
                ],
                [
                  t('clock.disclosureHoldUntil'),
                  kase.clock.disclosureHoldUntil ? date(kase.clock.disclosureHoldUntil) : null,
                ],
              ]}
            />
            <DateExplanation steps={kase.clock.steps} />
            <Heading level={3}>{t('clock.firstContactTitle')}</Heading>
            <Paragraph>
              {kase.firstContact.contactedOn
                ? t('clock.contactedOn', { date: date(kase.firstContact.contactedOn) })
                : kase.firstContact.overdue
                  ? t('clock.firstContactOverdue', { date: date(kase.firstContact.due) })
                  : t('clock.firstContactDue', { date: date(kase.firstContact.due) })}
            </Paragraph>
            <DateExplanation steps={kase.firstContact.steps} summary={t('clock.whyFirstContact')} />
          </section>

          <section className="woo-panel" aria-labelledby="actions-title">
            <Heading level={2} id="actions-title">
              {t('case.actionsTitle')}
            </Heading>
            <CaseActions kase={kase} onDone={changed} />
          </section>

          <section className="woo-panel" aria-labelledby="request-title">
            <Heading level={2} id="request-title">
              {t('case.requestTitle')}
            </Heading>
            <blockquote className="woo-question">{kase.question}</blockquote>
            <Facts
              items={[
                [t('case.requestedPeriod'), kase.requestedPeriod],
                [t('case.subjects'), kase.subjects.join(', ')],
                [t('case.receivedOn'), `${date(kase.receivedOn)} (${t(`channel.${kase.channel}`)})`],
              ]}
            />
            <Heading level={3}>{t('case.scopeTitle')}</Heading>
            {scope ? (
              <Facts
                items={[
                  [t('action.field.scopeSubjects'), scope.subjects.join(', ')],
                  [t('action.field.scopePeriod'), scope.period],
                  [t('action.field.scopeDocumentTypes'), scope.documentTypes.join(', ')],
                  [t('action.field.scopeCustodians'), scope.custodians.join(', ')],
                  [t('action.field.scopeNotes'), scope.notes],
                ]}
              />
            ) : (
              <Paragraph>{t('case.noScope')}</Paragraph>
            )}
          </section>

          <section className="woo-panel" aria-labelledby="documents-title">
            <Heading level={2} id="documents-title">
              {t('case.documentsTitle')}
            </Heading>
            <DocumentsSection caseId={kase.id} caseDocuments={caseDocuments} />
          </section>

          <DecisionSection caseId={kase.id} onChanged={caseChanged} />
          <PublicationSection caseId={kase.id} version={kase.status} onChanged={caseChanged} />

          <section className="woo-panel" aria-labelledby="timeline-title">
            <Heading level={2} id="timeline-title">
              {t('case.timelineTitle')}
            </Heading>
            {audit.error !== null && <ApiErrorAlert error={audit.error} />}
            {audit.data ? <CaseTimeline events={audit.data.events} documents={caseDocuments.documents} /> : <Loading />}
          </section>
        </div>

        <div className="woo-case-grid__side">
          <section className="woo-panel" aria-labelledby="requester-title">
            <Heading level={2} id="requester-title">
              {t('case.requesterTitle')}
            </Heading>
            <Facts
              items={[
                [t('intake.name'), kase.requester.name],
                [t('intake.email'), kase.requester.email],
                [t('intake.phone'), kase.requester.phone],
                [t('intake.postalAddress'), kase.requester.postalAddress],
                [t('case.consentToPhone'), kase.requester.consentToPhone ? t('common.yes') : t('common.no')],
              ]}
            />
          </section>
          <Assignment kase={kase} onDone={changed} />
          <Notes kase={kase} events={audit.data?.events ?? []} onDone={changed} />
          {kase.contactMoments.length > 0 && (
            <section className="woo-panel" aria-labelledby="contacts-title">
              <Heading level={2} id="contacts-title">
                {t('case.contactsTitle')}
              </Heading>
              <ul className="woo-plain-list">
                {kase.contactMoments.map((moment) => (
                  <li key={moment.id}>
                    {date(moment.occurredOn)}: {t(`contactChannel.${moment.channel}` as MessageKey)},{' '}
                    {moment.contactPerson} — {t(`contactOutcome.${moment.outcome}` as MessageKey)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {kase.thirdParties.length > 0 && (
            <section className="woo-panel" aria-labelledby="parties-title">
              <Heading level={2} id="parties-title">
                {t('case.thirdPartiesTitle')}
              </Heading>
              <ul className="woo-plain-list">
                {kase.thirdParties.map((party) => (
                  <li key={party.id}>
                    {party.name}:{' '}
                    {party.viewReceivedOn
                      ? t('case.viewReceived', { date: date(party.viewReceivedOn) })
                      : t('case.viewExpected', { date: date(party.periodEndsOn) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

function clockLine(kase: CaseDetail): MessageKey {
  if (kase.clock.decidedOn) return 'clock.decided';
  if (kase.clock.suspended) return 'clock.suspended';
  if (kase.clock.running) return 'clock.running';
  return 'clock.stopped';
}

function Assignment({ kase, onDone }: { kase: CaseDetail; onDone: (next: CaseDetail, what: string) => void }) {
  const { t } = useI18n();
  const { staffRequest, user } = useSession();
  const [error, setError] = useState<unknown>(null);
  async function assign(userId: string | null) {
    try {
      const next = await staffRequest<CaseDetail>('POST', `/api/v1/cases/${kase.id}/assign`, { userId });
      setError(null);
      onDone(next, t('case.assignmentSaved'));
    } catch (failure) {
      setError(failure);
    }
  }
  const mine = kase.assignedTo?.id === user?.id;
  return (
    <section className="woo-panel" aria-labelledby="assignment-title">
      <Heading level={2} id="assignment-title">
        {t('case.assignmentTitle')}
      </Heading>
      <Paragraph>
        {kase.assignedTo ? t('case.assignedTo', { name: kase.assignedTo.displayName }) : t('case.notAssigned')}
      </Paragraph>
      {error !== null && <ApiErrorAlert error={error} />}
      <ButtonGroup>
        {!mine && user && (
          <Button appearance="secondary-action-button" onClick={() => void assign(user.id)}>
            {t('case.assignToMe')}
          </Button>
        )}
        {kase.assignedTo && (
          <Button appearance="subtle-button" onClick={() => void assign(null)}>
            {t('case.unassign')}
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}

function Notes({
  kase,
  events,
  onDone,
}: {
  kase: CaseDetail;
  events: AuditEvent[];
  onDone: (next: CaseDetail, what: string) => void;
}) {
  const { t, pick, date } = useI18n();
  const { staffRequest } = useSession();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const notes = events.filter((event) => event.type === 'case.note');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setErrors({ fields: { text: t('case.noteRequired') }, form: null });
      return;
    }
    setBusy(true);
    try {
      const next = await staffRequest<CaseDetail>('POST', `/api/v1/cases/${kase.id}/notes`, { text });
      setText('');
      setErrors(noErrors);
      onDone(next, t('case.noteSaved'));
    } catch (error) {
      setErrors(errorsFromApi(error, pick, ['text']));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="woo-panel" aria-labelledby="notes-title">
      <Heading level={2} id="notes-title">
        {t('case.notesTitle')}
      </Heading>
      {notes.length > 0 && (
        <ul className="woo-plain-list woo-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <span className="woo-timeline__date">{date(note.occurredOn)}</span> {String(note.data.text ?? '')}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit} className="woo-form">
        <ErrorSummary id="note-errors" lines={summaryLines(errors, ['text'], () => 'note-text')} />
        <TextAreaField
          id="note-text"
          label={t('case.noteLabel')}
          description={t('case.noteHint')}
          rows={3}
          value={text}
          onChange={setText}
          error={errors.fields.text}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('case.noteSubmit')}
        </Button>
      </form>
    </section>
  );
}
