import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats a date and time the Dutch way: "12 mei 2026 om 14:03", in the browser's time zone. */
export function useDateTime() {
  const { i18n } = useTranslation();
  return useCallback(
    (value: unknown) =>
      new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(String(value)),
      ),
    [i18n.language],
  );
}
