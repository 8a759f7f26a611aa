import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Button, SkipLink } from '@utrecht/component-library-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { useViewer } from '../features/auth/viewer';
import { NotificationsLink } from '../features/notifications/notifications-link';
import { AppNavLink } from '../ui/app-link';
import { Loading } from '../ui/states';
import { ConnectionStatus } from './connection/connection-status';
import { useFocusOnNavigation } from './focus-on-navigation';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

function UserMenu() {
  const { t } = useTranslation();
  const { data } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const viewer = data?.viewer;
  if (!viewer) return null;

  async function signOut() {
    await logout();
    // Nothing of the last person's plans stays in memory for the next one at this computer.
    await client.clearStore();
    await navigate('/inloggen', { replace: true });
  }

  return (
    <div className="oogo-user-menu">
      <NotificationsLink />
      <span>{t('shell.signedInAs', { name: viewer.displayName })}</span>
      <Button
        appearance="secondary-action-button"
        onClick={() => void signOut()}
        disabled={loading}
      >
        {loading ? t('shell.loggingOut') : t('shell.logout')}
      </Button>
    </div>
  );
}

/** The page shell: skip link, header with the main menu, one main landmark, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const mainRef = useFocusOnNavigation();
  return (
    <>
      <SkipLink href="#main" className="utrecht-skip-link--visible-on-focus">
        {t('shell.skipToContent')}
      </SkipLink>
      <header className="oogo-header">
        <div className="oogo-container oogo-header__inner">
          <div>
            <Link to="/" className="oogo-header__name">
              {t('app.name')}
            </Link>
            <p className="oogo-header__tagline">{t('app.tagline')}</p>
          </div>
          <nav aria-label={t('shell.mainNavigation')} className="oogo-header__nav">
            <AppNavLink to="/" end>
              {t('shell.myPlans')}
            </AppNavLink>
          </nav>
          <UserMenu />
        </div>
      </header>
      <main id="main" ref={mainRef} className="oogo-container oogo-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="oogo-footer">
        <div className="oogo-container">
          <p>{t('shell.footer')}</p>
          <ConnectionStatus />
        </div>
      </footer>
    </>
  );
}
