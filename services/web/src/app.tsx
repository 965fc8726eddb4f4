// The page frame (skip link, header with language switch and the staff session, main, footer) and the routes.
import { useEffect, useRef } from 'react';
import { Button, ButtonGroup, PageFooter, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useI18n } from './i18n/language';
import { AppLink, useLocation } from './routing/router';
import { useSession } from './session/session';
import { ReloginPanel } from './session/relogin-panel';
import { StaffOnly } from './session/staff-only';
import { HomePage } from './pages/home-page';
import { IntakePage } from './pages/intake-page';
import { StatusLookupPage, StatusPage } from './pages/status-page';
import { LoginPage } from './pages/login-page';
import { WorkListPage } from './pages/work-list-page';
import { RegisterCasePage } from './pages/register-case-page';
import { CasePage } from './pages/case-page';
import { NotFoundPage } from './pages/not-found-page';
import { ReviewPage } from './review/review-page';
import { ZienswijzePage } from './third-party/zienswijze-page';
import { QueuesNavItem } from './admin/queues-link';

function Route() {
  const { path } = useLocation();
  const status = path.match(/^\/status\/([^/]+)$/);
  if (status) return <StatusPage trackingCode={decodeURIComponent(status[1]!)} />;
  const zienswijze = path.match(/^\/zienswijze\/([^/]+)$/);
  if (zienswijze) return <ZienswijzePage token={decodeURIComponent(zienswijze[1]!)} />;
  const kase = path.match(/^\/cases\/([0-9a-f-]{36})$/);
  if (kase) return <StaffOnly>{() => <CasePage caseId={kase[1]!} />}</StaffOnly>;
  const review = path.match(/^\/documenten\/([0-9a-f-]{36})\/beoordelen$/);
  if (review) return <StaffOnly>{(user) => <ReviewPage documentId={review[1]!} user={user} />}</StaffOnly>;
  switch (path) {
    case '/':
      return <HomePage />;
    case '/verzoek':
      return <IntakePage />;
    case '/status':
      return <StatusLookupPage />;
    case '/login':
      return <LoginPage />;
    case '/cases':
      return <StaffOnly>{(user) => <WorkListPage user={user} />}</StaffOnly>;
    case '/cases/new':
      return <StaffOnly>{() => <RegisterCasePage />}</StaffOnly>;
    default:
      return <NotFoundPage />;
  }
}

function Header() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <header className="woo-header">
      <div className="woo-header__inner">
        <AppLink href="/" className="woo-header__brand">
          {t('site.name')}
        </AppLink>
        <nav aria-label={t('nav.label')} className="woo-header__nav">
          <ul>
            <li>
              <AppLink href="/verzoek">{t('nav.intake')}</AppLink>
            </li>
            <li>
              <AppLink href="/status">{t('nav.status')}</AppLink>
            </li>
            {session.user ? (
              <>
                <li>
                  <AppLink href="/cases">{t('nav.workList')}</AppLink>
                </li>
                <li>
                  <AppLink href="/cases/new">{t('nav.register')}</AppLink>
                </li>
                <QueuesNavItem />
              </>
            ) : (
              <li>
                <AppLink href="/login">{t('nav.login')}</AppLink>
              </li>
            )}
          </ul>
        </nav>
        <ButtonGroup className="woo-header__tools">
          {session.user && (
            <span className="woo-header__user">{t('nav.loggedInAs', { name: session.user.displayName })}</span>
          )}
          {session.user && (
            <Button appearance="subtle-button" onClick={() => void session.logout()}>
              {t('nav.logout')}
            </Button>
          )}
          <Button appearance="subtle-button" lang={other} onClick={() => setLang(other)}>
            {other === 'en' ? 'English' : 'Nederlands'}
          </Button>
        </ButtonGroup>
      </div>
    </header>
  );
}

export function App() {
  const { t } = useI18n();
  const { path } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After moving to another page, the focus goes to its heading, so screen readers announce the new page.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    window.scrollTo(0, 0);
  }, [path]);
  return (
    <>
      <SkipLink href="#main">{t('site.skipLink')}</SkipLink>
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1} className="woo-main">
        <ReloginPanel />
        <Route />
      </main>
      <PageFooter className="woo-footer">
        <Paragraph>{t('site.footer')}</Paragraph>
      </PageFooter>
    </>
  );
}
