import { useState, type FormEvent } from 'react';
import { Button, Heading } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';

const fields = ['email', 'password'] as const;

/** E-mail and password. Used on the login page, in front of a staff page, and inline when a session ended. */
export function LoginForm({
  idPrefix,
  title,
  headingLevel,
  onLogin,
  initialEmail = '',
}: {
  idPrefix: string;
  title: string;
  headingLevel: 1 | 2;
  onLogin: (email: string, password: string) => Promise<unknown>;
  initialEmail?: string;
}) {
  const { t, pick } = useI18n();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const idOf = (field: string) => `${idPrefix}-${field}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('login.emailRequired');
    if (!password) missing.password = t('login.passwordRequired');
    if (Object.keys(missing).length > 0) {
      setErrors({ fields: missing, form: null });
      return;
    }
    setBusy(true);
    try {
      await onLogin(email.trim(), password);
    } catch (error) {
      setErrors(errorsFromApi(error, pick, fields));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={submit} className="woo-form woo-login" aria-labelledby={`${idPrefix}-title`}>
      <Heading level={headingLevel} id={`${idPrefix}-title`} tabIndex={-1}>
        {title}
      </Heading>
      <ErrorSummary id={`${idPrefix}-errors`} lines={summaryLines(errors, fields, idOf)} />
      <TextField
        id={idOf('email')}
        label={t('login.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={errors.fields.email}
      />
      <TextField
        id={idOf('password')}
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
