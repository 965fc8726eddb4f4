// The public request form: organisation, question, period, contact details, consent to be phoned. What the user
// typed stays when something is wrong, whether the browser or the server found it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { apiRequest } from '../api/api-client';
import type { IntakeResult, Organisation } from '../api/api-types';
import { DateExplanation } from '../components/date-explanation';
import { usePageTitle } from '../components/use-page-title';
import { ErrorSummary } from '../forms/error-summary';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import { useI18n } from '../i18n/language';

const fieldOrder = [
  'organisation',
  'question',
  'period',
  'requester.name',
  'requester.email',
  'requester.postalAddress',
  'requester.phone',
  'consentToPhone',
] as const;
type Field = (typeof fieldOrder)[number];

const idOf = (field: string) => `intake-${field.replace('requester.', '')}`;

interface Values {
  organisation: string;
  question: string;
  period: string;
  name: string;
  email: string;
  postalAddress: string;
  phone: string;
  consentToPhone: boolean;
}

const empty: Values = {
  organisation: '',
  question: '',
  period: '',
  name: '',
  email: '',
  postalAddress: '',
  phone: '',
  consentToPhone: false,
};

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

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

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!values.organisation) found.organisation = t('intake.organisationRequired');
    if (!values.question.trim()) found.question = t('intake.questionRequired');
    if (!values.name.trim()) found['requester.name'] = t('intake.nameRequired');
    if (!values.email.trim() && !values.postalAddress.trim()) found['requester.email'] = t('intake.contactRequired');
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
        question: values.question,
        period: optional(values.period),
        requester: {
          name: values.name,
          email: optional(values.email),
          postalAddress: optional(values.postalAddress),
          phone: optional(values.phone),
        },
        consentToPhone: values.consentToPhone,
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
        <TextAreaField
          id={idOf('question')}
          label={t('intake.question')}
          description={t('intake.questionHint')}
          value={values.question}
          onChange={set('question')}
          rows={6}
          error={errors.fields.question}
        />
        <TextField
          id={idOf('period')}
          label={t('intake.period')}
          description={t('intake.periodHint')}
          optional
          value={values.period}
          onChange={set('period')}
          error={errors.fields.period}
        />
        <fieldset className="woo-fieldset">
          <legend className="woo-fieldset__legend">{t('intake.contactLegend')}</legend>
          <Paragraph>{t('intake.contactHint')}</Paragraph>
          <TextField
            id={idOf('requester.name')}
            label={t('intake.name')}
            autoComplete="name"
            value={values.name}
            onChange={set('name')}
            error={errors.fields['requester.name']}
          />
          <TextField
            id={idOf('requester.email')}
            label={t('intake.email')}
            type="email"
            autoComplete="email"
            optional
            value={values.email}
            onChange={set('email')}
            error={errors.fields['requester.email']}
          />
          <TextAreaField
            id={idOf('requester.postalAddress')}
            label={t('intake.postalAddress')}
            optional
            rows={3}
            value={values.postalAddress}
            onChange={set('postalAddress')}
            error={errors.fields['requester.postalAddress']}
          />
          <TextField
            id={idOf('requester.phone')}
            label={t('intake.phone')}
            type="tel"
            autoComplete="tel"
            optional
            value={values.phone}
            onChange={set('phone')}
            error={errors.fields['requester.phone']}
          />
          <CheckboxField
            id={idOf('consentToPhone')}
            label={t('intake.consentToPhone')}
            description={t('intake.consentToPhoneHint')}
            checked={values.consentToPhone}
            onChange={set('consentToPhone')}
            error={errors.fields.consentToPhone}
          />
        </fieldset>
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
