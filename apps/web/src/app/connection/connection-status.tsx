import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { useTranslation } from 'react-i18next';

const ConnectionStatusQuery = graphql(`
  query ConnectionStatus {
    health {
      status
      database
    }
  }
`);

/** Shows whether the api (and its database) answer, and lets the user retry when not. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ConnectionStatusQuery, {
    pollInterval: 30_000,
    notifyOnNetworkStatusChange: true,
  });

  return (
    <section className="panel" aria-labelledby="connection-heading">
      <h2 id="connection-heading">{t('connection.heading')}</h2>
      <div role="status" aria-live="polite" data-testid="connection-status">
        {loading && !data ? (
          <p className="status status--pending">{t('connection.checking')}</p>
        ) : error || !data ? (
          <>
            <p className="status status--error">{t('connection.failed')}</p>
            <button type="button" className="button" onClick={() => void refetch()}>
              {t('connection.retry')}
            </button>
          </>
        ) : (
          <>
            <p className="status status--ok">{t('connection.connected')}</p>
            <p>
              {data.health.database === 'UP'
                ? t('connection.databaseUp')
                : t('connection.databaseDown')}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
