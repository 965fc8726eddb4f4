import { useEffect, useRef } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/language';
import { LoginForm } from './login-form';
import { useSession } from './session';

/** Shown above the page when the session ended during work; the page itself (and what was typed) stays. */
export function ReloginPanel() {
  const { t } = useI18n();
  const session = useSession();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (session.reloginPending) ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [session.reloginPending]);
  if (!session.reloginPending) return null;
  return (
    <section ref={ref} className="woo-relogin" aria-labelledby="relogin-title">
      <Notice type="warning">
        <Paragraph>{t('relogin.intro')}</Paragraph>
      </Notice>
      <LoginForm
        idPrefix="relogin"
        title={t('relogin.title')}
        headingLevel={2}
        initialEmail={session.user?.email ?? ''}
        onLogin={session.completeRelogin}
      />
      <Button appearance="subtle-button" onClick={session.cancelRelogin}>
        {t('relogin.cancel')}
      </Button>
    </section>
  );
}
