// The "Besluit" part of the case page: the outcome that follows from the documents, the inventory, the motivation
// per exemption ground (editable until the decision is taken), the preview of the letter, and "Besluit definitief
// maken". Once decided, the fixed letter.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../api/api-error';
import { ApiErrorAlert } from '../components/api-error-alert';
import { Loading } from '../components/loading';
import { Notice } from '../components/notice';
import { TextAreaField } from '../forms/fields';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { useSession } from '../session/session';
import { useStaffData } from '../session/use-staff-data';
import type { DecisionDraft } from './decision-types';

export function DecisionSection({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t } = useI18n();
  return (
    <section className="woo-panel" aria-labelledby="decision-title">
      <Heading level={2} id="decision-title">
        {t('decision.title')}
      </Heading>
      <DecisionContent caseId={caseId} onChanged={onChanged} />
    </section>
  );
}

function DecisionContent({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t, pick, date } = useI18n();
  const { user, staffRequest } = useSession();
  const base = `/api/v1/cases/${caseId}/decision`;
  const draft = useStaffData<DecisionDraft>(base);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const view = draft.data;
  const mayEdit = user?.role === 'coordinator' || user?.role === 'admin';

  useEffect(() => {
    if (view) setTexts(Object.fromEntries(view.grounds.map((ground) => [ground.code, ground.text])));
  }, [view]);

  if (draft.error !== null) return <ApiErrorAlert error={draft.error} />;
  if (!view) return <Loading />;

  // Motivations typed but not saved yet: deciding saves them first, so the fixed letter never drops them.
  const unsaved = view.editable && mayEdit && view.grounds.some((ground) => (texts[ground.code] ?? '') !== ground.text);

  async function send(path: string, body: unknown, message: string, saveMotivationsFirst = false) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (saveMotivationsFirst) {
        draft.setData(await staffRequest<DecisionDraft>('POST', `${base}/motivations`, { motivations: texts }));
      }
      draft.setData(await staffRequest<DecisionDraft>('POST', path, body));
      setNotice(message);
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void send(`${base}/motivations`, { motivations: texts }, t('decision.saved'));
  }

  // A motivation the letter cannot print: the message goes next to that motivation, not above the form.
  const fieldOfError =
    error instanceof ApiError && typeof error.details.field === 'string' ? error.details.field : null;
  const motivationError = (code: string) =>
    fieldOfError === `motivations.${code}` && error instanceof ApiError ? pick(error.text) : undefined;

  const blocked = [
    ...view.notAssessed.map((d) => t('decision.blocked.notAssessed', { number: d.documentNumber, title: d.title })),
    ...view.notReady.map((d) => t('decision.blocked.notReady', { number: d.documentNumber, title: d.title })),
  ];
  const outcomeKey = `decisionOutcome.${view.decided?.outcome ?? view.outcome}` as MessageKey;

  return (
    <div className="woo-decision">
      <div role="status" className="woo-live">
        {notice && (
          <Notice type="ok">
            <Paragraph>{notice}</Paragraph>
          </Notice>
        )}
      </div>
      {view.decided ? (
        <Paragraph>{t('decision.decided', { date: date(view.decided.decidedOn) })}</Paragraph>
      ) : (
        <Paragraph>{t('decision.lead')}</Paragraph>
      )}
      <Paragraph>
        <strong>{t('decision.outcome', { outcome: t(outcomeKey) })}</strong>
      </Paragraph>

      <Heading level={3}>{t('decision.inventoryTitle')}</Heading>
      {view.documents.length === 0 ? (
        <Paragraph>{t('decision.noDocuments')}</Paragraph>
      ) : (
        <div className="woo-table-wrap">
          <table className="utrecht-table woo-decision__inventory">
            <caption className="utrecht-table__caption">{t('decision.inventoryCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('decision.col.number')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('decision.col.title')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('decision.col.outcome')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('decision.col.grounds')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {view.documents.map((document) => (
                <tr className="utrecht-table__row" key={document.documentNumber}>
                  <td className="utrecht-table__cell">{document.documentNumber}</td>
                  <td className="utrecht-table__cell">{document.title}</td>
                  <td className="utrecht-table__cell">
                    {document.outcomeLabel ? pick(document.outcomeLabel) : t('decision.notAssessed')}
                  </td>
                  <td className="utrecht-table__cell">{document.grounds.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Heading level={3}>{t('decision.motivationsTitle')}</Heading>
      {view.grounds.length === 0 ? (
        <Paragraph>{t('decision.noGrounds')}</Paragraph>
      ) : view.editable && mayEdit ? (
        <form onSubmit={save} noValidate>
          {view.grounds.map((ground) => (
            <TextAreaField
              key={ground.code}
              id={`motivation-${ground.code.replace(/\W/g, '-')}`}
              label={t('decision.motivationLabel', { code: ground.code, label: ground.label })}
              description={t('decision.motivationHint', { article: ground.article ?? ground.code })}
              value={texts[ground.code] ?? ''}
              onChange={(value) => setTexts((current) => ({ ...current, [ground.code]: value }))}
              rows={4}
              error={motivationError(ground.code)}
            />
          ))}
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" disabled={busy}>
              {t('decision.saveMotivations')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <dl className="woo-decision__motivations">
          {view.grounds.map((ground) => (
            <div key={ground.code}>
              <dt>
                {ground.code} {ground.label}
              </dt>
              <dd>{ground.text}</dd>
            </div>
          ))}
        </dl>
      )}

      {error !== null && fieldOfError === null && <ApiErrorAlert error={error} />}

      {view.decided ? (
        view.decided.hasLetter && (
          <Paragraph>
            <a className="utrecht-link" href={`${base}/letter`} target="_blank" rel="noopener">
              {t('decision.letter')}
            </a>
          </Paragraph>
        )
      ) : (
        <>
          <Paragraph>
            <a className="utrecht-link" href={`${base}/preview`} target="_blank" rel="noopener">
              {t('decision.preview')}
            </a>
          </Paragraph>
          {unsaved && <Paragraph>{t('decision.previewUnsaved')}</Paragraph>}
          {blocked.length > 0 && (
            <Notice type="warning">
              <Paragraph>{t('decision.blockedTitle')}</Paragraph>
              <ul id="decide-blocked">
                {blocked.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Notice>
          )}
          {mayEdit && (
            <>
              <Paragraph id="decide-hint">{t('decision.decideHint')}</Paragraph>
              <ButtonGroup>
                <Button
                  type="button"
                  appearance="primary-action-button"
                  disabled={busy}
                  aria-describedby="decide-hint"
                  onClick={() => void send(`${base}/decide`, {}, t('decision.decidedNotice'), unsaved)}
                >
                  {t('decision.decide')}
                </Button>
              </ButtonGroup>
            </>
          )}
        </>
      )}
    </div>
  );
}
