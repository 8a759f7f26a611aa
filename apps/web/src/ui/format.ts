// Dates and lists the Dutch way, for every page that shows when something happened.

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
