// Form fields with their label, hint and error tied to the input (WCAG 1.3.1, 3.3.1): the error sits between label
// and input, is referenced by aria-describedby, and the input says aria-invalid. Optional fields say so in the label;
// required ones carry aria-required (not the HTML attribute, whose :invalid styling would mark empty fields red
// before anyone typed).
import type { ReactNode } from 'react';
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';

interface FieldBase {
  /** The input's id; the form's error summary links to it. */
  id: string;
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  optional?: boolean;
  /** A search or filter control: never required, and no "(optional)" in its label. */
  filter?: boolean;
}

function describedBy(id: string, error?: string, description?: ReactNode): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({
  id,
  label,
  error,
  description,
  optional,
  filter,
  type,
  children,
}: FieldBase & { type?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <FormField type={type} invalid={!!error} className="woo-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {optional && !filter && <span className="woo-field__optional"> {t('form.optional')}</span>}
        </FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          <span className="woo-visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export function TextField(
  props: FieldBase & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'tel' | 'date' | 'password' | 'search';
    autoComplete?: string;
    inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  },
) {
  const { id, error, description, value, onChange, type = 'text', autoComplete } = props;
  const optional = props.optional || props.filter;
  return (
    <FieldFrame {...props}>
      <Textbox
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, description)}
        aria-required={optional ? undefined : true}
      />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldBase & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { id, error, description, value, onChange, rows = 5 } = props;
  const optional = props.optional || props.filter;
  return (
    <FieldFrame {...props}>
      <Textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, description)}
        aria-required={optional ? undefined : true}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldBase & {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; label: string }[];
    /** Text of the empty first option; absent: no empty option. */
    placeholder?: string;
  },
) {
  const { id, error, description, value, onChange, options, placeholder } = props;
  const optional = props.optional || props.filter;
  return (
    <FieldFrame {...props}>
      <Select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, description)}
        aria-required={optional ? undefined : true}
      >
        {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}

export function CheckboxField({
  id,
  label,
  error,
  description,
  checked,
  onChange,
}: FieldBase & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useI18n();
  return (
    <FormField invalid={!!error} className="woo-field">
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          <span className="woo-visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="woo-checkbox">
        <Checkbox
          id={id}
          name={id}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, description)}
        />
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
    </FormField>
  );
}
