// A request that came in by phone, letter or e-mail, registered with its real date of receipt (the term counts from
// there). The tracking code is shown once, to pass on to the requester.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import type { RegisteredCase } from '../api/api-types';
import { usePageTitle } from '../components/use-page-title';
import { ErrorSummary } from '../forms/error-summary';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/language';
import { AppLink } from '../routing/router';
import { useSession } from '../session/session';

const fieldOrder = [
  'channel',
  'receivedOn',
  'question',
  'period',
  'requester.name',
  'requester.email',
  'requester.postalAddress',
  'requester.phone',
  'consentToPhone',
] as const;
type Field = (typeof fieldOrder)[number];
const idOf = (field: string) => `register-${field.replace('requester.', '')}`;

const empty = {
  channel: '',
  receivedOn: '',
  question: '',
  period: '',
  name: '',
  email: '',
  postalAddress: '',
  phone: '',
  consentToPhone: false,
};
type Values = typeof empty;
const optional = (text: string) => (text.trim() ? text.trim() : undefined);

export function RegisterCasePage() {
  const { t, pick, date } = useI18n();
  usePageTitle(t('register.title'), t('site.name'));
  const { staffRequest } = useSession();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<RegisteredCase | null>(null);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.channel) found.channel = t('register.channelRequired');
    if (!values.receivedOn) found.receivedOn = t('register.receivedOnRequired');
    if (!values.question.trim()) found.question = t('intake.questionRequired');
    if (!values.name.trim()) found['requester.name'] = t('intake.nameRequired');
    if (!values.email.trim() && !values.postalAddress.trim()) found['requester.email'] = t('intake.contactRequired');
    if (Object.keys(found).length > 0) {
      setErrors({ fields: found, form: null });
      return;
    }
    setBusy(true);
    try {
      const result = await staffRequest<RegisteredCase>('POST', '/api/v1/cases', {
        channel: values.channel,
        receivedOn: values.receivedOn,
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
      setRegistered(result);
      setValues(empty);
    } catch (error) {
      setErrors(errorsFromApi(error, pick, fieldOrder));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Heading level={1}>{t('register.title')}</Heading>
      <Paragraph>{t('register.lead')}</Paragraph>
      <div role="status">
        {registered && (
          <Notice type="ok">
            <Heading level={2}>{t('register.doneTitle', { reference: registered.case.reference })}</Heading>
            <Paragraph>{t('register.doneDeadline', { date: date(registered.case.deadline) })}</Paragraph>
            <Paragraph>{t('register.doneTracking')}</Paragraph>
            <Paragraph>
              <Link href={registered.statusUrl}>{registered.statusUrl}</Link>
            </Paragraph>
            <Paragraph>
              <AppLink href={`/cases/${registered.case.id}`}>{t('register.openCase')}</AppLink>
            </Paragraph>
          </Notice>
        )}
      </div>
      <form noValidate onSubmit={submit} className="woo-form">
        <ErrorSummary id="register-errors" lines={summaryLines(errors, fieldOrder, idOf)} />
        <SelectField
          id={idOf('channel')}
          label={t('register.channel')}
          value={values.channel}
          onChange={set('channel')}
          placeholder={t('form.choose')}
          options={(['phone', 'letter', 'email'] as const).map((channel) => ({
            value: channel,
            label: t(`channel.${channel}`),
          }))}
          error={errors.fields.channel}
        />
        <TextField
          id={idOf('receivedOn')}
          type="date"
          label={t('register.receivedOn')}
          description={t('register.receivedOnHint')}
          value={values.receivedOn}
          onChange={set('receivedOn')}
          error={errors.fields.receivedOn}
        />
        <TextAreaField
          id={idOf('question')}
          label={t('register.question')}
          value={values.question}
          onChange={set('question')}
          error={errors.fields.question}
        />
        <TextField
          id={idOf('period')}
          label={t('intake.period')}
          optional
          value={values.period}
          onChange={set('period')}
          error={errors.fields.period}
        />
        <fieldset className="woo-fieldset">
          <legend className="woo-fieldset__legend">{t('register.requesterLegend')}</legend>
          <TextField
            id={idOf('requester.name')}
            label={t('intake.name')}
            value={values.name}
            onChange={set('name')}
            error={errors.fields['requester.name']}
          />
          <TextField
            id={idOf('requester.email')}
            type="email"
            label={t('intake.email')}
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
            type="tel"
            label={t('intake.phone')}
            optional
            value={values.phone}
            onChange={set('phone')}
            error={errors.fields['requester.phone']}
          />
          <CheckboxField
            id={idOf('consentToPhone')}
            label={t('register.consentToPhone')}
            checked={values.consentToPhone}
            onChange={set('consentToPhone')}
            error={errors.fields.consentToPhone}
          />
        </fieldset>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('register.submit')}
        </Button>
      </form>
    </>
  );
}
