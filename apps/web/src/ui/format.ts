// Numbers, dates and lists the Dutch way, for every page.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('nl-NL', options);
    formats.set(key, format);
  }
  return format;
}

/** "3 maart 2026 om 14:05" (in the browser's time zone unless one is given). */
export function formatDateTime(value: string | Date, timeZone?: string): string {
  return formatOf({ dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(value));
}

/** "3 maart 2026". */
export function formatDate(value: string | Date, timeZone?: string): string {
  return formatOf({ dateStyle: 'long', timeZone }).format(new Date(value));
}

/** `a`, `a en b`, `a, b en c`: with the word for "and" of the language shown. */
export function joinWords(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}

/** 12.5 → "12,5"; up to two decimals, thousands grouped ("1.250"). */
export function formatNumber(value: number, language: string): string {
  return value.toLocaleString(language, { maximumFractionDigits: 2 });
}

/** A calendar date (YYYY-MM-DD, as the api sends it) → "10 april 2025"; the day never shifts. */
export function formatCalendarDate(isoDate: string, language: string): string {
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
