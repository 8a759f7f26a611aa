import { useTranslation } from 'react-i18next';
import { ConnectionStatus } from './connection/connection-status';

/** The page shell: skip link, header, one main landmark, footer. */
export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container">
          <p className="site-name">{t('app.name')}</p>
          <p className="site-tagline">{t('app.tagline')}</p>
        </div>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <ConnectionStatus />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('shell.footer')}</p>
        </div>
      </footer>
    </>
  );
}
