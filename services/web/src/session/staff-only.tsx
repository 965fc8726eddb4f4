import type { ReactNode } from 'react';
import type { StaffUser } from '../api/api-types';
import { Loading } from '../components/loading';
import { useI18n } from '../i18n/language';
import { LoginForm } from './login-form';
import { useSession } from './session';
import { usePageTitle } from '../components/use-page-title';

/** A staff page: its content for a logged-in user, the login in its place otherwise (same address, no redirect). */
export function StaffOnly({ children }: { children: (user: StaffUser) => ReactNode }) {
  const session = useSession();
  if (session.user === undefined) return <Loading />;
  if (session.user === null) return <LoginInPlace />;
  return <>{children(session.user)}</>;
}

function LoginInPlace() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle(t('login.title'), t('site.name'));
  return <LoginForm idPrefix="login" title={t('login.title')} headingLevel={1} onLogin={session.login} />;
}
