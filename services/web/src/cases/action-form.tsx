// One case action as a small form. The API decides whether it is allowed; when it refuses (a rule of the Woo, a
// date in the future), its message in words is shown above the form, and what was typed stays.
import { useState, type FormEvent } from 'react';
import { Button, Heading } from '@utrecht/component-library-react';
import type { CaseDetail } from '../api/api-types';
import { ErrorSummary } from '../forms/error-summary';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session';
import { actionBody, actionFields } from './action-fields';

export function ActionForm({
  caseDetail,
  action,
  onDone,
}: {
  caseDetail: CaseDetail;
  action: { type: string; label: { nl: string; en: string } };
  onDone: (next: CaseDetail, label: string) => void;
}) {
  const { t, pick } = useI18n();
  const { staffRequest } = useSession();
  const fields = actionFields(action.type);
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const idOf = (name: string) => `action-${action.type}-${name.replace(/\./g, '-')}`;
  const names = fields.map((field) => field.name);
  const set = (name: string) => (value: string | boolean) => setValues((current) => ({ ...current, [name]: value }));
  const openThirdParties = caseDetail.thirdParties.filter((party) => party.viewReceivedOn === null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const field of fields) {
      if (field.optional || field.kind === 'checkbox') continue;
      if (!String(values[field.name] ?? '').trim()) missing[field.name] = t('form.required');
    }
    if (Object.keys(missing).length > 0) {
      setErrors({ fields: missing, form: null });
      return;
    }
    setBusy(true);
    try {
      const next = await staffRequest<CaseDetail>(
        'POST',
        `/api/v1/cases/${caseDetail.id}/actions/${action.type}`,
        actionBody(fields, values),
      );
      setErrors(noErrors);
      setValues({});
      onDone(next, pick(action.label));
    } catch (error) {
      setErrors(errorsFromApi(error, pick, names));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="woo-form woo-action-form"
      aria-labelledby={`action-${action.type}-title`}
    >
      <Heading level={3} id={`action-${action.type}-title`}>
        {capitalise(pick(action.label))}
      </Heading>
      <ErrorSummary id={`action-${action.type}-errors`} lines={summaryLines(errors, names, idOf)} />
      {fields.map((field) => {
        const common = {
          id: idOf(field.name),
          label: t(field.label),
          description: field.hint ? t(field.hint) : undefined,
          optional: field.optional,
          error: errors.fields[field.name],
        };
        const text = String(values[field.name] ?? '');
        switch (field.kind) {
          case 'date':
            return <TextField key={field.name} {...common} type="date" value={text} onChange={set(field.name)} />;
          case 'text':
            return <TextField key={field.name} {...common} value={text} onChange={set(field.name)} />;
          case 'textarea':
          case 'list':
            return <TextAreaField key={field.name} {...common} rows={3} value={text} onChange={set(field.name)} />;
          case 'checkbox':
            return (
              <CheckboxField
                key={field.name}
                {...common}
                checked={values[field.name] === true}
                onChange={set(field.name)}
              />
            );
          case 'select':
            return (
              <SelectField
                key={field.name}
                {...common}
                value={text}
                onChange={set(field.name)}
                placeholder={t('form.choose')}
                options={(field.options ?? []).map((option) => ({ value: option.value, label: t(option.label) }))}
              />
            );
          case 'thirdParty':
            return (
              <SelectField
                key={field.name}
                {...common}
                value={text}
                onChange={set(field.name)}
                placeholder={t('form.choose')}
                options={openThirdParties.map((party) => ({ value: party.id, label: party.name }))}
              />
            );
        }
      })}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('action.submit', { action: pick(action.label) })}
      </Button>
    </form>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
