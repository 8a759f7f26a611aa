import type { FigureImportCountsFieldsFragment } from '@oogo/web-data-access';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format';

type CountKey = Exclude<keyof FigureImportCountsFieldsFragment, 'rows' | '__typename'>;

// In the order a reader wants them: what changes, what stays, what is left out.
const COUNT_KEYS: readonly CountKey[] = [
  'create',
  'update',
  'unchanged',
  'newIndicators',
  'skippedMissing',
  'skippedOtherArea',
  'rejected',
];
// Said even when zero: "0 nieuwe cijfers" answers the first question anyone has.
const ALWAYS_SAID: ReadonlySet<CountKey> = new Set(['create', 'update']);

/** "12 nieuwe cijfers", "3 gewijzigd", … ; counts of zero left out except new and changed. */
export function countPhrases(
  counts: FigureImportCountsFieldsFragment,
  t: TFunction,
  language: string,
): string[] {
  return COUNT_KEYS.filter((key) => counts[key] > 0 || ALWAYS_SAID.has(key)).map((key) =>
    t(`figureImport.preview.counts.${key}`, {
      count: counts[key],
      formatted: formatNumber(counts[key], language),
    }),
  );
}

/** The counts of a preview or of a finished import, as a list in plain words. */
export function ImportCounts({ counts }: { counts: FigureImportCountsFieldsFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>
        {t('figureImport.preview.rows', {
          count: counts.rows,
          formatted: formatNumber(counts.rows, i18n.language),
        })}
      </p>
      <ul className="oogo-import-counts">
        {countPhrases(counts, t, i18n.language).map((phrase) => (
          <li key={phrase}>{phrase}</li>
        ))}
      </ul>
    </>
  );
}
