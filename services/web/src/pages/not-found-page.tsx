import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import { AppLink } from '../routing/router';
import { usePageTitle } from '../components/use-page-title';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'), t('site.name'));
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <AppLink href="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </>
  );
}
