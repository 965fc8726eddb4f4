// The public request form: organisation, question, period, contact details, consent to be phoned. What the user
// typed stays when something is wrong, whether the browser or the server found it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { apiRequest } from '../api/api-client';
import type { IntakeResult, Organisation } from '../api/api-types';
import { DateExplanation } from '../components/date-explanation';
import { usePageTitle } from '../components/use-page-title';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import {
  checkRequestValues,
  emptyRequestValues,
  RequestFields,
  requestBody,
  requestFieldOrder,
  type RequestValues,
} from '../forms/requester-details';
import { useI18n } from '../i18n/language';

const fieldOrder = ['organisation', ...requestFieldOrder] as const;

const idOf = (field: string) => `intake-${field.replace('requester.', '')}`;

interface Values extends RequestValues {
  organisation: string;
}

const empty: Values = { organisation: '', ...emptyRequestValues };

export function IntakePage() {
  const { t, pick } = useI18n();
  usePageTitle(t('intake.title'), t('site.name'));
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<{ result: IntakeResult; email: boolean } | null>(null);

  useEffect(() => {
    apiRequest<{ organisations: Organisation[] }>('GET', '/api/v1/organisations')
      .then(({ organisations: list }) => {
        setOrganisations(list);
        // With one organisation there is nothing to choose.
        if (list.length === 1)
          setValues((current) => ({ ...current, organisation: current.organisation || list[0]!.slug }));
      })
      .catch((error: unknown) => setErrors(errorsFromApi(error, pick, fieldOrder)));
  }, [pick]);

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  function check(): Record<string, string> {
    const found = checkRequestValues(values, t);
    if (!values.organisation) found.organisation = t('intake.organisationRequired');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    if (Object.keys(found).length > 0) {
      setErrors({ fields: found, form: null });
      return;
    }
    setBusy(true);
    try {
      const result = await apiRequest<IntakeResult>('POST', '/api/v1/requests', {
        organisation: values.organisation,
        ...requestBody(values),
      });
      setErrors(noErrors);
      setSent({ result, email: !!values.email.trim() });
    } catch (error) {
      setErrors(errorsFromApi(error, pick, fieldOrder));
    } finally {
      setBusy(false);
    }
  }

  if (sent) return <IntakeSent result={sent.result} emailed={sent.email} />;

  return (
    <>
      <Heading level={1}>{t('intake.title')}</Heading>
      <Paragraph appearance="lead">{t('intake.lead')}</Paragraph>
      <form noValidate onSubmit={submit} className="woo-form" aria-labelledby="intake-form-title">
        <ErrorSummary id="intake-errors" lines={summaryLines(errors, fieldOrder, idOf)} />
        <Heading level={2} id="intake-form-title" className="woo-visually-hidden">
          {t('intake.formTitle')}
        </Heading>
        <SelectField
          id={idOf('organisation')}
          label={t('intake.organisation')}
          value={values.organisation}
          onChange={set('organisation')}
          placeholder={t('intake.organisationChoose')}
          options={organisations.map((organisation) => ({ value: organisation.slug, label: organisation.name }))}
          error={errors.fields.organisation}
        />
        <RequestFields
          t={t}
          idOf={idOf}
          values={values}
          update={(patch) => setValues((current) => ({ ...current, ...patch }))}
          errors={errors}
          ownDetails
          texts={{
            question: t('intake.question'),
            questionHint: t('intake.questionHint'),
            periodHint: t('intake.periodHint'),
            contactLegend: t('intake.contactLegend'),
            contactHint: t('intake.contactHint'),
            consentToPhone: t('intake.consentToPhone'),
            consentToPhoneHint: t('intake.consentToPhoneHint'),
          }}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('intake.submit')}
        </Button>
      </form>
    </>
  );
}

function IntakeSent({ result, emailed }: { result: IntakeResult; emailed: boolean }) {
  const { t, date } = useI18n();
  usePageTitle(t('intake.sentTitle'), t('site.name'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <Heading level={1} ref={heading} tabIndex={-1}>
        {t('intake.sentTitle')}
      </Heading>
      <Paragraph appearance="lead">{t('intake.sentLead', { reference: result.reference })}</Paragraph>
      <section className="woo-panel" aria-labelledby="tracking-title">
        <Heading level={2} id="tracking-title">
          {t('intake.trackingTitle')}
        </Heading>
        <Paragraph>{t('intake.trackingBody')}</Paragraph>
        <Paragraph>
          <Link href={result.statusUrl} className="woo-tracking-link">
            {result.statusUrl}
          </Link>
        </Paragraph>
        <Paragraph>{emailed ? t('intake.trackingEmailed') : t('intake.trackingKeep')}</Paragraph>
      </section>
      <section className="woo-panel" aria-labelledby="deadline-title">
        <Heading level={2} id="deadline-title">
          {t('intake.deadlineTitle')}
        </Heading>
        <Paragraph>{t('intake.deadlineBody', { date: date(result.deadline) })}</Paragraph>
        <DateExplanation steps={result.deadlineExplanation} />
      </section>
    </>
  );
}
