import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

const ConnectionStatusQuery = graphql(`
  query ConnectionStatus {
    health {
      status
      database
    }
  }
`);

/** Whether the api (and its database) answer, with a retry when not; in every page's footer. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ConnectionStatusQuery, {
    pollInterval: 30_000,
    notifyOnNetworkStatusChange: true,
  });

  return (
    <div
      role="status"
      aria-live="polite"
      className="oogo-connection"
      data-testid="connection-status"
    >
      {loading && !data ? (
        <p className="oogo-connection__state oogo-connection__state--pending">
          {t('connection.checking')}
        </p>
      ) : error || !data ? (
        <>
          <p className="oogo-connection__state oogo-connection__state--error">
            {t('connection.failed')}
          </p>
          <Button appearance="secondary-action-button" onClick={() => void refetch()}>
            {t('connection.retry')}
          </Button>
        </>
      ) : (
        <p className="oogo-connection__state oogo-connection__state--ok">
          {t('connection.connected')}{' '}
          {data.health.database === 'UP'
            ? t('connection.databaseUp')
            : t('connection.databaseDown')}
        </p>
      )}
    </div>
  );
}
