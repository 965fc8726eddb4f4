import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/language';

/** An error the API gave (its own words, in the chosen language), or a general one. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const { t, pick } = useI18n();
  const text = error instanceof ApiError ? pick(error.text) : t('error.unexpected');
  return (
    <Alert type="error" role="alert">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
