import { parsePeriod } from '@oogo/shared-domain';
import type { TFunction } from 'i18next';
import { formatMonth } from '../../../ui/format';

/** A CBS period in words: 2024JJ00 → "2024", 2024KW02 → "2e kwartaal 2024", 2024MM03 → "maart 2024". */
export function periodLabel(code: string, t: TFunction, locale: string): string {
  const period = parsePeriod(code);
  if (!period) return code;
  if (period.kind === 'QUARTER') {
    return t('perActivity.quarter', { quarter: Number(code.slice(-1)), year: period.year });
  }
  if (period.kind === 'MONTH') {
    return formatMonth(period.start, locale);
  }
  return String(period.year);
}
