import { Link } from '@utrecht/component-library-react';

export interface DownloadLink {
  href: string;
  /** Names the file type, e.g. "Download als Excel (XLSX)": screen readers read only this. */
  label: string;
}

/** The api's file download of a plan, e.g. `samenhang.xlsx`, with an optional query. */
export function planExportUrl(
  planId: string,
  file: string,
  query: Record<string, string | null> = {},
): string {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== null),
  ).toString();
  return `/api/plans/${encodeURIComponent(planId)}/export/${file}${params ? `?${params}` : ''}`;
}

/**
 * Plain links to files the api writes while sending: the session cookie goes along, so no
 * script is needed, and the browser shows its own download progress.
 */
export function DownloadLinks({ label, links }: { label: string; links: readonly DownloadLink[] }) {
  return (
    <div className="oogo-downloads">
      <span className="oogo-downloads__label">{label}</span>
      <ul className="oogo-downloads__list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} download>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
