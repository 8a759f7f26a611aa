import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert, Loading } from '../../ui/states';
import { useViewer } from './viewer';

/** Pages behind it need a session; without one the user goes to the login page and comes back. */
export function RequireSignIn() {
  const { data, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(back)}`} replace />;
  }
  return <Outlet />;
}
