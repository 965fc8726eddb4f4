// The requester's private status page behind the tracking link: where the request stands (plain Dutch, B1), the
// deadline and why, what we expect and before when, and what the requester can do (answer, agree to a delay,
// withdraw). Everything comes from the API; this page decides no date.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest } from '../api/api-client';
import type { RequesterStatus } from '../api/api-types';
import { ApiErrorAlert } from '../components/api-error-alert';
import { DateExplanation } from '../components/date-explanation';
import { Facts } from '../components/facts';
import { Loading } from '../components/loading';
import { usePageTitle } from '../components/use-page-title';
import { ErrorSummary } from '../forms/error-summary';
import { CheckboxField, TextAreaField, TextField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/language';
import { navigate } from '../routing/router';
import { RequesterDownloads } from '../decision/requester-downloads';

export function StatusPage({ trackingCode }: { trackingCode: string }) {
  const { t, pick, date } = useI18n();
  const [status, setStatus] = useState<RequesterStatus | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(status ? pick(status.statusText.title) : t('status.title'), t('site.name'));
  const base = `/api/v1/requests/${encodeURIComponent(trackingCode)}`;

  useEffect(() => {
    apiRequest<RequesterStatus>('GET', base).then(setStatus, setLoadError);
  }, [base]);

  const updated = useCallback((next: RequesterStatus, message: string) => {
    setStatus(next);
    setNotice(message);
  }, []);

  if (loadError) {
    return (
      <>
        <Heading level={1}>{t('status.title')}</Heading>
        <ApiErrorAlert error={loadError} />
      </>
    );
  }
  if (!status) return <Loading />;

  const can = (action: RequesterStatus['possibleActions'][number]) => status.possibleActions.includes(action);
  return (
    <>
      <Paragraph className="woo-pre-heading">{t('status.preHeading', { reference: status.reference })}</Paragraph>
      <Heading level={1}>{pick(status.statusText.title)}</Heading>
      <Paragraph appearance="lead">{pick(status.statusText.body)}</Paragraph>
      <div role="status" className="woo-live">
        {notice && (
          <Notice type="ok">
            <Paragraph>{notice}</Paragraph>
          </Notice>
        )}
      </div>

      <section className="woo-panel" aria-labelledby="deadline-title">
        <Heading level={2} id="deadline-title">
          {t('status.deadlineTitle')}
        </Heading>
        <Paragraph className="woo-deadline">
          {status.deadline.suspended
            ? t('status.deadlineSuspended', { date: date(status.deadline.date) })
            : status.deadline.running
              ? t('status.deadlineRunning', { date: date(status.deadline.date) })
              : t('status.deadlineDone')}
        </Paragraph>
        {status.deadline.extended && <Paragraph>{t('status.extended')}</Paragraph>}
        <DateExplanation steps={status.deadline.explanation} />
      </section>

      {status.expected.length > 0 && (
        <section className="woo-panel woo-panel--attention" aria-labelledby="expected-title">
          <Heading level={2} id="expected-title">
            {t('status.expectedTitle')}
          </Heading>
          <ul>
            {status.expected.map((item) => (
              <li key={item.code}>{pick(item.text)}</li>
            ))}
          </ul>
        </section>
      )}

      {can('precisering') && <PreciseringForm base={base} onDone={updated} />}
      {can('consent-to-delay') && <ConsentForm base={base} onDone={updated} />}

      <section className="woo-panel" aria-labelledby="request-title">
        <Heading level={2} id="request-title">
          {t('status.requestTitle')}
        </Heading>
        <Facts
          items={[
            [t('status.reference'), status.reference],
            [t('status.organisation'), status.organisation.name],
            [t('status.receivedOn'), date(status.receivedOn)],
          ]}
        />
      </section>

      <RequesterDownloads trackingCode={trackingCode} />

      <section className="woo-panel" aria-labelledby="timeline-title">
        <Heading level={2} id="timeline-title">
          {t('status.timelineTitle')}
        </Heading>
        <ol className="woo-timeline">
          {[...status.timeline].reverse().map((item, index) => (
            <li key={`${item.type}-${index}`}>
              <span className="woo-timeline__date">{date(item.on)}</span> {pick(item.text)}
            </li>
          ))}
        </ol>
      </section>

      {can('withdraw') && <WithdrawForm base={base} onDone={updated} />}
    </>
  );
}

type Done = (status: RequesterStatus, message: string) => void;

function PreciseringForm({ base, onDone }: { base: string; onDone: Done }) {
  const { t, pick } = useI18n();
  const [answer, setAnswer] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!answer.trim()) {
      setErrors({ fields: { answer: t('status.answerRequired') }, form: null });
      return;
    }
    setBusy(true);
    try {
      const next = await apiRequest<RequesterStatus>('POST', `${base}/precisering`, { answer });
      setErrors(noErrors);
      onDone(next, t('status.answerSent'));
    } catch (error) {
      setErrors(errorsFromApi(error, pick, ['answer']));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="woo-panel" aria-labelledby="precisering-title">
      <Heading level={2} id="precisering-title">
        {t('status.preciseringTitle')}
      </Heading>
      <form noValidate onSubmit={submit} className="woo-form">
        <ErrorSummary id="precisering-errors" lines={summaryLines(errors, ['answer'], () => 'precisering-answer')} />
        <TextAreaField
          id="precisering-answer"
          label={t('status.answerLabel')}
          description={t('status.answerHint')}
          value={answer}
          onChange={setAnswer}
          error={errors.fields.answer}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('status.answerSubmit')}
        </Button>
      </form>
    </section>
  );
}

function ConsentForm({ base, onDone }: { base: string; onDone: Done }) {
  const { t, pick } = useI18n();
  const [agree, setAgree] = useState(false);
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const order = ['agree', 'until'];
  const ids: Record<string, string> = { agree: 'consent-agree', until: 'consent-until' };
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!agree) {
      setErrors({ fields: { agree: t('status.consentRequired') }, form: null });
      return;
    }
    setBusy(true);
    try {
      const next = await apiRequest<RequesterStatus>('POST', `${base}/consent-to-delay`, {
        ...(until && { until }),
      });
      setErrors(noErrors);
      onDone(next, t('status.consentSent'));
    } catch (error) {
      setErrors(errorsFromApi(error, pick, order));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="woo-panel" aria-labelledby="consent-title">
      <Heading level={2} id="consent-title">
        {t('status.consentTitle')}
      </Heading>
      <Paragraph>{t('status.consentBody')}</Paragraph>
      <form noValidate onSubmit={submit} className="woo-form">
        <ErrorSummary id="consent-errors" lines={summaryLines(errors, order, (field) => ids[field]!)} />
        <CheckboxField
          id="consent-agree"
          label={t('status.consentAgree')}
          checked={agree}
          onChange={setAgree}
          error={errors.fields.agree}
        />
        <TextField
          id="consent-until"
          label={t('status.consentUntil')}
          description={t('status.consentUntilHint')}
          type="date"
          optional
          value={until}
          onChange={setUntil}
          error={errors.fields.until}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('status.consentSubmit')}
        </Button>
      </form>
    </section>
  );
}

function WithdrawForm({ base, onDone }: { base: string; onDone: Done }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function withdraw() {
    setBusy(true);
    try {
      const next = await apiRequest<RequesterStatus>('POST', `${base}/withdraw`, {});
      setConfirming(false);
      onDone(next, t('status.withdrawDone'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="woo-panel" aria-labelledby="withdraw-title">
      <Heading level={2} id="withdraw-title">
        {t('status.withdrawTitle')}
      </Heading>
      <Paragraph>{t('status.withdrawBody')}</Paragraph>
      {error !== null && <ApiErrorAlert error={error} />}
      {confirming ? (
        <div role="group" aria-labelledby="withdraw-confirm" className="woo-confirm">
          <Paragraph id="withdraw-confirm">
            <strong>{t('status.withdrawConfirm')}</strong>
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={withdraw}>
              {t('status.withdrawYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(false)} autoFocus>
              {t('status.withdrawNo')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('status.withdrawStart')}
        </Button>
      )}
    </section>
  );
}

/** For a requester who has the code but not the link. */
export function StatusLookupPage() {
  const { t } = useI18n();
  usePageTitle(t('lookup.title'), t('site.name'));
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    if (!trimmed) {
      setError(t('lookup.required'));
      return;
    }
    navigate(`/status/${encodeURIComponent(trimmed)}`);
  }
  return (
    <>
      <Heading level={1}>{t('lookup.title')}</Heading>
      <Paragraph>{t('lookup.body')}</Paragraph>
      <form noValidate onSubmit={submit} className="woo-form">
        <TextField id="lookup-code" label={t('lookup.code')} value={code} onChange={setCode} error={error} />
        <Button type="submit" appearance="primary-action-button">
          {t('lookup.submit')}
        </Button>
      </form>
    </>
  );
}
