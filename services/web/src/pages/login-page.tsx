import { useEffect } from 'react';
import { useI18n } from '../i18n/language';
import { navigate } from '../routing/router';
import { LoginForm } from '../session/login-form';
import { useSession } from '../session/session';
import { usePageTitle } from '../components/use-page-title';

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle(t('login.title'), t('site.name'));
  useEffect(() => {
    if (session.user) navigate('/cases', { replace: true });
  }, [session.user]);
  return <LoginForm idPrefix="login" title={t('login.title')} headingLevel={1} onLogin={session.login} />;
}
