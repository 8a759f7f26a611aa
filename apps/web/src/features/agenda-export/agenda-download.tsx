import { Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type AgendaFormat, agendaExportUrl } from './agenda-export-paths';
import './agenda-export.nl';
import './agenda-export.css';

const FORMATS: readonly AgendaFormat[] = ['docx', 'pdf'];

/**
 * Two download links for the ontwikkelagenda: the plan as it is now, or one adopted version.
 * Plain links (not the router's): the browser fetches the file with the session cookie.
 */
export function AgendaDownload({
  planId,
  version,
}: {
  planId: string;
  /** An adopted version to download instead of the plan as it is now. */
  version?: { id: string; number: number };
}) {
  const { t } = useTranslation();
  const headingId = version ? `agenda-download-${version.id}` : 'agenda-download';
  return (
    <section aria-labelledby={headingId} className="oogo-workflow-section oogo-agenda-download">
      <Heading3 id={headingId}>{t('agendaExport.title')}</Heading3>
      <Paragraph>{t(version ? 'agendaExport.introVersion' : 'agendaExport.intro')}</Paragraph>
      <ul className="oogo-agenda-download__links">
        {FORMATS.map((format) => (
          <li key={format}>
            <Link href={agendaExportUrl(planId, format, version?.id)} download>
              {version
                ? t(`agendaExport.${format}Version`, { number: version.number })
                : t(`agendaExport.${format}`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
