import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import { AppLink } from '../routing/router';
import { usePageTitle } from '../components/use-page-title';

export function HomePage() {
  const { t } = useI18n();
  usePageTitle('', t('site.name'));
  return (
    <>
      <Heading level={1}>{t('home.title')}</Heading>
      <Paragraph appearance="lead">{t('home.lead')}</Paragraph>
      <ul className="woo-tasks">
        <li>
          <AppLink href="/verzoek">{t('home.intake')}</AppLink>
        </li>
        <li>
          <AppLink href="/status">{t('home.status')}</AppLink>
        </li>
        <li>
          <AppLink href="/cases">{t('home.staff')}</AppLink>
        </li>
      </ul>
    </>
  );
}
