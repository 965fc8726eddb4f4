import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';

export function Loading() {
  const { t } = useI18n();
  return (
    <Paragraph role="status" className="woo-loading">
      {t('common.loading')}
    </Paragraph>
  );
}
