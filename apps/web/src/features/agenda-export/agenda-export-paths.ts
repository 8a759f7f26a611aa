/** The document formats of the ontwikkelagenda. */
export type AgendaFormat = 'docx' | 'pdf';

/**
 * Where the api serves the ontwikkelagenda of a plan, or of one of its adopted versions. The
 * session cookie goes along with a plain link, so the browser downloads it signed in.
 */
export function agendaExportUrl(planId: string, format: AgendaFormat, versionId?: string): string {
  const path = `/api/plans/${encodeURIComponent(planId)}/export/ontwikkelagenda.${format}`;
  return versionId ? `${path}?versie=${encodeURIComponent(versionId)}` : path;
}
