/** Numbers and dates the Dutch way, for every page. */

/** 12.5 → "12,5"; up to two decimals, thousands grouped ("1.250"). */
export function formatNumber(value: number, language: string): string {
  return value.toLocaleString(language, { maximumFractionDigits: 2 });
}

/** A calendar date (YYYY-MM-DD, as the api sends it) → "10 april 2025"; the day never shifts. */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The month of a date → "maart 2024". */
export function formatMonth(isoDate: string, language: string): string {
  const [year, month] = isoDate.slice(0, 7).split('-').map(Number);
  if (!year || !month) return isoDate;
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Today as YYYY-MM-DD in the user's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
