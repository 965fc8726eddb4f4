// The request itself and the requester's contact details: the same fields, checks and API body whether the requester
// fills in the public form or a coordinator registers a phone call or letter.
import type { ReactNode } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import type { I18n } from '../i18n/language';
import { CheckboxField, TextAreaField, TextField } from './fields';
import type { FormErrors } from './form-errors';

/** The API's field paths of these fields, in the order they stand on the page. */
export const requestFieldOrder = [
  'question',
  'period',
  'requester.name',
  'requester.email',
  'requester.postalAddress',
  'requester.phone',
  'consentToPhone',
] as const;

export interface RequestValues {
  question: string;
  period: string;
  name: string;
  email: string;
  postalAddress: string;
  phone: string;
  consentToPhone: boolean;
}

export const emptyRequestValues: RequestValues = {
  question: '',
  period: '',
  name: '',
  email: '',
  postalAddress: '',
  phone: '',
  consentToPhone: false,
};

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The browser's own checks, before anything is sent: the same rules the API applies. */
export function checkRequestValues(values: RequestValues, t: I18n['t']): Record<string, string> {
  const found: Record<string, string> = {};
  if (!values.question.trim()) found.question = t('intake.questionRequired');
  if (!values.name.trim()) found['requester.name'] = t('intake.nameRequired');
  if (!values.email.trim() && !values.postalAddress.trim()) found['requester.email'] = t('intake.contactRequired');
  return found;
}

/** The part of the API body these fields make (intake and registration take the same shape). */
export function requestBody(values: RequestValues) {
  return {
    question: values.question,
    period: optional(values.period),
    requester: {
      name: values.name,
      email: optional(values.email),
      postalAddress: optional(values.postalAddress),
      phone: optional(values.phone),
    },
    consentToPhone: values.consentToPhone,
  };
}

interface RequestFieldsProps {
  t: I18n['t'];
  idOf: (field: string) => string;
  values: RequestValues;
  /** Changes some of the fields (the page keeps the values, with its own fields besides these). */
  update: (patch: Partial<RequestValues>) => void;
  errors: FormErrors;
  texts: {
    question: string;
    questionHint?: string;
    periodHint?: string;
    contactLegend: string;
    contactHint?: string;
    consentToPhone: string;
    consentToPhoneHint?: string;
  };
  /** The requester's own form lets the browser fill in their details; a coordinator typing someone else's does not. */
  ownDetails: boolean;
}

export function RequestFields({ t, idOf, values, update, errors, texts, ownDetails }: RequestFieldsProps): ReactNode {
  const auto = (value: string) => (ownDetails ? value : 'off');
  const set =
    <K extends keyof RequestValues>(key: K) =>
    (value: RequestValues[K]) =>
      update({ [key]: value } as Partial<RequestValues>);
  return (
    <>
      <TextAreaField
        id={idOf('question')}
        label={texts.question}
        description={texts.questionHint}
        value={values.question}
        onChange={set('question')}
        rows={6}
        error={errors.fields.question}
      />
      <TextField
        id={idOf('period')}
        label={t('intake.period')}
        description={texts.periodHint}
        optional
        value={values.period}
        onChange={set('period')}
        error={errors.fields.period}
      />
      <fieldset className="woo-fieldset">
        <legend className="woo-fieldset__legend">{texts.contactLegend}</legend>
        {texts.contactHint && <Paragraph>{texts.contactHint}</Paragraph>}
        <TextField
          id={idOf('requester.name')}
          label={t('intake.name')}
          autoComplete={auto('name')}
          value={values.name}
          onChange={set('name')}
          error={errors.fields['requester.name']}
        />
        <TextField
          id={idOf('requester.email')}
          label={t('intake.email')}
          type="email"
          autoComplete={auto('email')}
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
          autoComplete={auto('tel')}
          optional
          value={values.phone}
          onChange={set('phone')}
          error={errors.fields['requester.phone']}
        />
        <CheckboxField
          id={idOf('consentToPhone')}
          label={texts.consentToPhone}
          description={texts.consentToPhoneHint}
          checked={values.consentToPhone}
          onChange={set('consentToPhone')}
          error={errors.fields.consentToPhone}
        />
      </fieldset>
    </>
  );
}
