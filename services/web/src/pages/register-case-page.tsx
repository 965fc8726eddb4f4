// A request that came in by phone, letter or e-mail, registered with its real date of receipt (the term counts from
// there). The tracking code is shown once, to pass on to the requester.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import type { RegisteredCase } from '../api/api-types';
import { usePageTitle } from '../components/use-page-title';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import {
  checkRequestValues,
  emptyRequestValues,
  RequestFields,
  requestBody,
  requestFieldOrder,
  type RequestValues,
} from '../forms/requester-details';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/language';
import { AppLink } from '../routing/router';
import { useSession } from '../session/session';

const fieldOrder = ['channel', 'receivedOn', ...requestFieldOrder] as const;
const idOf = (field: string) => `register-${field.replace('requester.', '')}`;

interface Values extends RequestValues {
  channel: string;
  receivedOn: string;
}
const empty: Values = { channel: '', receivedOn: '', ...emptyRequestValues };

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
    const found = checkRequestValues(values, t);
    if (!values.channel) found.channel = t('register.channelRequired');
    if (!values.receivedOn) found.receivedOn = t('register.receivedOnRequired');
    if (Object.keys(found).length > 0) {
      setErrors({ fields: found, form: null });
      return;
    }
    setBusy(true);
    try {
      const result = await staffRequest<RegisteredCase>('POST', '/api/v1/cases', {
        channel: values.channel,
        receivedOn: values.receivedOn,
        ...requestBody(values),
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
        <RequestFields
          t={t}
          idOf={idOf}
          values={values}
          update={(patch) => setValues((current) => ({ ...current, ...patch }))}
          errors={errors}
          ownDetails={false}
          texts={{
            question: t('register.question'),
            contactLegend: t('register.requesterLegend'),
            consentToPhone: t('register.consentToPhone'),
          }}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('register.submit')}
        </Button>
      </form>
    </>
  );
}
