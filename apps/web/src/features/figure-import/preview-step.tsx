import { useMutation } from '@apollo/client/react';
import { BetterDirection } from '@oogo/shared-domain';
import type {
  FigureImportColumnRole,
  FigureImportPreviewFieldsFragment,
  ConfirmFigureImportMutation,
} from '@oogo/web-data-access';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading4,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../ui/facts';
import { formatNumber } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';
import { periodLabel } from '../stages/per-activity/period-label';
import '../stages/per-activity/per-activity.nl';
import { ConfirmFigureImport, PreviewFigureImport } from './figure-import.operations';
import { countPhrases, ImportCounts } from './import-counts';
import { importErrorMessage } from './import-errors';
import {
  choicesOfPreview,
  indicatorInput,
  mappingOfRoles,
  rolesOfPreview,
  type ColumnRoles,
  type IndicatorChoice,
} from './mapping';

type Preview = FigureImportPreviewFieldsFragment;
type PreviewRow = Preview['toCreate'][number];
export type ImportResult = ConfirmFigureImportMutation['confirmFigureImport'];
export interface PlanIndicatorOption {
  id: string;
  name: string;
  unit: string;
}

const ROLES: readonly FigureImportColumnRole[] = ['INDICATOR', 'AREA', 'PERIOD', 'VALUE', 'IGNORE'];
const NEW_INDICATOR = '';

/**
 * Step 2: what the file holds and what importing it would change. Changing a column's role or
 * an indicator asks the api for a new preview (the old one stays on screen, marked as being
 * updated); nothing is written until "Importeren".
 */
export function PreviewStep({
  planId,
  initial,
  planIndicators,
  onImported,
  onCancel,
}: {
  planId: string;
  initial: Preview;
  planIndicators: readonly PlanIndicatorOption[];
  onImported: (result: ImportResult) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [preview, setPreview] = useState(initial);
  const [roles, setRoles] = useState<ColumnRoles>(() => rolesOfPreview(initial));
  const [choices, setChoices] = useState(() => choicesOfPreview(initial));
  // Indicators the user chose by hand: kept when a new preview comes back.
  const [chosenByHand, setChosenByHand] = useState<ReadonlySet<string>>(new Set());
  const [updating, setUpdating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The last new preview failed: what is on screen does not match the choices, so no import.
  const [stale, setStale] = useState(false);
  const [unitErrors, setUnitErrors] = useState<ReadonlySet<string>>(new Set());
  const latestRequest = useRef(0);
  const [runPreview] = useMutation(PreviewFigureImport);
  const [confirm, { loading: confirming }] = useMutation(ConfirmFigureImport);

  const mapping = useMemo(() => mappingOfRoles(roles), [roles]);
  const idPrefix = useId();
  const unitFieldId = (index: number) => `${idPrefix}-unit-${index}`;

  async function refresh(
    nextRoles: ColumnRoles,
    nextChoices: ReadonlyMap<string, IndicatorChoice>,
    byHand: ReadonlySet<string>,
  ) {
    const next = mappingOfRoles(nextRoles);
    if (next.problems) return;
    const request = ++latestRequest.current;
    const kept = new Map([...nextChoices].filter(([sourceName]) => byHand.has(sourceName)));
    setUpdating(true);
    setError(null);
    setAnnouncement(t('figureImport.preview.updating'));
    try {
      const { data } = await runPreview({
        variables: {
          input: {
            planId,
            importId: preview.importId,
            mapping: {
              ...next.mapping,
              ...(kept.size > 0 ? { indicators: indicatorInput(kept) } : {}),
            },
          },
        },
      });
      // An answer to an older choice arrived after a newer one was sent: the newer one wins.
      if (request !== latestRequest.current || !data) return;
      const fresh = data.previewFigureImport;
      const merged = choicesOfPreview(fresh);
      for (const [sourceName, choice] of kept) {
        if (merged.has(sourceName)) merged.set(sourceName, choice);
      }
      setPreview(fresh);
      setChoices(merged);
      setStale(false);
      setAnnouncement(
        t('figureImport.preview.updatedCounts', {
          counts: countPhrases(fresh.counts, t, i18n.language).join(', '),
        }),
      );
    } catch (cause) {
      if (request !== latestRequest.current) return;
      setAnnouncement('');
      setStale(true);
      setError(importErrorMessage(cause, t, true));
    } finally {
      if (request === latestRequest.current) setUpdating(false);
    }
  }

  function changeRole(index: number, role: FigureImportColumnRole) {
    const next = new Map(roles).set(index, role);
    setRoles(next);
    void refresh(next, choices, chosenByHand);
  }

  function changeChoice(sourceName: string, change: Partial<IndicatorChoice>, reread: boolean) {
    const current = choices.get(sourceName);
    if (!current) return;
    const next = new Map(choices).set(sourceName, { ...current, ...change });
    const byHand = new Set(chosenByHand).add(sourceName);
    setChoices(next);
    setChosenByHand(byHand);
    if (change.unit !== undefined && change.unit.trim()) {
      setUnitErrors((errors) => new Set([...errors].filter((name) => name !== sourceName)));
    }
    // Only which indicator changes what is created or updated; unit and direction go with the import.
    if (reread) void refresh(roles, next, byHand);
  }

  async function onConfirm() {
    if (mapping.problems) return;
    const missingUnit = [...choices]
      .filter(([, choice]) => !choice.indicatorId && !choice.unit.trim())
      .map(([sourceName]) => sourceName);
    setUnitErrors(new Set(missingUnit));
    if (missingUnit.length > 0) {
      const first = preview.indicators.findIndex((item) => item.sourceName === missingUnit[0]);
      document.getElementById(unitFieldId(first))?.focus();
      return;
    }
    setError(null);
    try {
      const { data } = await confirm({
        variables: {
          input: {
            planId,
            importId: preview.importId,
            mapping: { ...mapping.mapping, indicators: indicatorInput(choices) },
          },
        },
      });
      if (data) onImported(data.confirmFigureImport);
    } catch (cause) {
      setError(importErrorMessage(cause, t, true));
    }
  }

  const nothingToImport = preview.counts.create + preview.counts.update === 0;

  return (
    <>
      <Paragraph>
        <strong>{t('figureImport.preview.nothingSaved')}</strong>
      </Paragraph>
      <p role="status" aria-live="polite" className="oogo-import-announcement">
        {announcement}
      </p>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
          {stale && (
            <Button
              appearance="secondary-action-button"
              onClick={() => void refresh(roles, choices, chosenByHand)}
            >
              {t('states.retry')}
            </Button>
          )}
        </Alert>
      )}
      <div
        className={`oogo-import-preview${updating ? ' oogo-import-preview--updating' : ''}`}
        aria-busy={updating}
      >
        <FileFacts preview={preview} />

        <section aria-labelledby={`${idPrefix}-columns`}>
          <Heading4 id={`${idPrefix}-columns`}>{t('figureImport.preview.columnsTitle')}</Heading4>
          <Paragraph>{t('figureImport.preview.columnsIntro')}</Paragraph>
          {mapping.problems && (
            <Alert type="warning" role="alert">
              <ul>
                {mapping.problems.map((problem) => (
                  <li key={problem}>{t(`figureImport.preview.mappingProblems.${problem}`)}</li>
                ))}
              </ul>
            </Alert>
          )}
          <ColumnChoices preview={preview} roles={roles} onChange={changeRole} />
        </section>

        <section aria-labelledby={`${idPrefix}-indicators`}>
          <Heading4 id={`${idPrefix}-indicators`}>
            {t('figureImport.preview.indicatorsTitle')}
          </Heading4>
          <Paragraph>{t('figureImport.preview.indicatorsIntro')}</Paragraph>
          {preview.indicators.length === 0 ? (
            <Paragraph>{t('figureImport.preview.indicatorsEmpty')}</Paragraph>
          ) : (
            <ul className="oogo-import-indicators">
              {preview.indicators.map((indicator, index) => {
                const choice = choices.get(indicator.sourceName);
                if (!choice) return null;
                return (
                  <li key={indicator.sourceName}>
                    <IndicatorChoiceFields
                      id={`${idPrefix}-indicator-${index}`}
                      unitId={unitFieldId(index)}
                      indicator={indicator}
                      choice={choice}
                      planIndicators={planIndicators}
                      unitMissing={unitErrors.has(indicator.sourceName)}
                      onChange={(change, reread) =>
                        changeChoice(indicator.sourceName, change, reread)
                      }
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby={`${idPrefix}-counts`}>
          <Heading4 id={`${idPrefix}-counts`}>{t('figureImport.preview.countsTitle')}</Heading4>
          {updating && (
            <Paragraph className="oogo-import-outdated">
              {t('figureImport.preview.outdated')}
            </Paragraph>
          )}
          <ImportCounts counts={preview.counts} />
        </section>

        <RowsSection
          title={t('figureImport.preview.createTitle')}
          empty={t('figureImport.preview.createEmpty')}
          total={preview.counts.create}
          shown={preview.toCreate.length}
        >
          <FigureRowsTable
            rows={preview.toCreate}
            caption={t('figureImport.preview.createTitle')}
          />
        </RowsSection>
        <RowsSection
          title={t('figureImport.preview.updateTitle')}
          empty={t('figureImport.preview.updateEmpty')}
          total={preview.counts.update}
          shown={preview.toUpdate.length}
        >
          <FigureRowsTable
            rows={preview.toUpdate}
            caption={t('figureImport.preview.updateTitle')}
            withPrevious
          />
        </RowsSection>
        <RowsSection
          title={t('figureImport.preview.rejectedTitle')}
          empty={t('figureImport.preview.rejectedEmpty')}
          total={preview.counts.rejected}
          shown={preview.rejected.length}
        >
          <RejectedRowsTable rows={preview.rejected} />
        </RowsSection>
      </div>

      {nothingToImport && !updating && (
        <Paragraph>{t('figureImport.preview.nothingToImport')}</Paragraph>
      )}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={updating || confirming || stale || nothingToImport || !!mapping.problems}
          onClick={() => void onConfirm()}
        >
          {confirming ? t('figureImport.preview.confirming') : t('figureImport.preview.confirm')}
        </Button>
        <Button appearance="secondary-action-button" disabled={confirming} onClick={onCancel}>
          {t('figureImport.preview.cancel')}
        </Button>
      </ButtonGroup>
    </>
  );
}

/** Format, character set, separator and decimal sign, as the api read them. */
function FileFacts({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const delimiter = (sign: string) =>
    sign === ';'
      ? t('figureImport.preview.delimiters.semicolon')
      : sign === ','
        ? t('figureImport.preview.delimiters.comma')
        : sign === '\t'
          ? t('figureImport.preview.delimiters.tab')
          : t('figureImport.preview.delimiters.other', { sign });
  return (
    <Facts
      facts={[
        { label: t('figureImport.preview.fileName'), value: preview.fileName },
        { label: t('figureImport.preview.format'), value: preview.format },
        preview.format === 'CSV' && {
          label: t('figureImport.preview.encoding'),
          value: preview.encoding ?? t('figureImport.preview.unknown'),
        },
        preview.format === 'CSV' && {
          label: t('figureImport.preview.delimiter'),
          value: preview.delimiter
            ? delimiter(preview.delimiter)
            : t('figureImport.preview.unknown'),
        },
        {
          label: t('figureImport.preview.decimalSeparator'),
          value:
            preview.decimalSeparator === ','
              ? t('figureImport.preview.decimals.comma')
              : t('figureImport.preview.decimals.point'),
        },
      ]}
    />
  );
}

/** Per column of the file: its header, a few values, and a choice of what it holds. */
function ColumnChoices({
  preview,
  roles,
  onChange,
}: {
  preview: Preview;
  roles: ColumnRoles;
  onChange: (index: number, role: FigureImportColumnRole) => void;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  return (
    <ul className="oogo-import-columns">
      {preview.columns.map((column) => {
        const id = `${idPrefix}-${column.index}`;
        return (
          <li key={column.index}>
            <FormField type="select">
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={id}>
                  {t('figureImport.preview.columnLabel', {
                    number: column.index + 1,
                    header: column.header || t('figureImport.preview.noHeader'),
                  })}
                </FormLabel>
              </div>
              <FormFieldDescription
                id={`${id}-samples`}
                className="utrecht-form-field__description"
              >
                {column.samples.length
                  ? t('figureImport.preview.samples', { samples: column.samples.join(' · ') })
                  : t('figureImport.preview.noSamples')}
              </FormFieldDescription>
              <div className="utrecht-form-field__input">
                <Select
                  id={id}
                  aria-describedby={`${id}-samples`}
                  value={roles.get(column.index) ?? 'IGNORE'}
                  onChange={(event) =>
                    onChange(column.index, event.target.value as FigureImportColumnRole)
                  }
                >
                  {ROLES.map((role) => (
                    <SelectOption key={role} value={role}>
                      {t(`figureImport.preview.roles.${role}`)}
                    </SelectOption>
                  ))}
                </Select>
              </div>
            </FormField>
          </li>
        );
      })}
    </ul>
  );
}

/** For one name in the file: an indicator of the plan, or a new one with its unit and direction. */
function IndicatorChoiceFields({
  id,
  unitId,
  indicator,
  choice,
  planIndicators,
  unitMissing,
  onChange,
}: {
  id: string;
  unitId: string;
  indicator: Preview['indicators'][number];
  choice: IndicatorChoice;
  planIndicators: readonly PlanIndicatorOption[];
  unitMissing: boolean;
  onChange: (change: Partial<IndicatorChoice>, reread: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const name = indicator.sourceName;
  return (
    <div className="oogo-import-indicator">
      <FormField type="select">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={id}>{t('figureImport.preview.indicatorFor', { name })}</FormLabel>
        </div>
        <FormFieldDescription id={`${id}-rows`} className="utrecht-form-field__description">
          {t('figureImport.preview.indicatorRows', {
            count: indicator.rowCount,
            formatted: formatNumber(indicator.rowCount, i18n.language),
          })}
        </FormFieldDescription>
        <div className="utrecht-form-field__input">
          <Select
            id={id}
            aria-describedby={`${id}-rows`}
            value={choice.indicatorId ?? NEW_INDICATOR}
            onChange={(event) => onChange({ indicatorId: event.target.value || null }, true)}
          >
            <SelectOption value={NEW_INDICATOR}>
              {t('figureImport.preview.newIndicator')}
            </SelectOption>
            {planIndicators.map((option) => (
              <SelectOption key={option.id} value={option.id}>
                {`${option.name} (${option.unit})`}
              </SelectOption>
            ))}
          </Select>
        </div>
      </FormField>
      {!choice.indicatorId && (
        <div className="oogo-import-indicator__new">
          <Paragraph>
            {t('figureImport.preview.newIndicatorName', { name: indicator.name })}
          </Paragraph>
          <FormField type="text" invalid={unitMissing}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={unitId}>{t('figureImport.preview.unit', { name })}</FormLabel>
            </div>
            <FormFieldDescription id={`${unitId}-help`} className="utrecht-form-field__description">
              {t('figureImport.preview.unitHelp')}
            </FormFieldDescription>
            {unitMissing && (
              <FormFieldErrorMessage
                id={`${unitId}-error`}
                className="utrecht-form-field__error-message"
              >
                {t('validation.required')}
              </FormFieldErrorMessage>
            )}
            <div className="utrecht-form-field__input">
              <Textbox
                id={unitId}
                value={choice.unit}
                maxLength={50}
                required
                invalid={unitMissing}
                aria-describedby={unitMissing ? `${unitId}-error ${unitId}-help` : `${unitId}-help`}
                onChange={(event) => onChange({ unit: event.target.value }, false)}
              />
            </div>
          </FormField>
          <FormField type="select">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${id}-direction`}>
                {t('figureImport.preview.betterDirection', { name })}
              </FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select
                id={`${id}-direction`}
                value={choice.betterDirection}
                onChange={(event) =>
                  onChange({ betterDirection: event.target.value as BetterDirection }, false)
                }
              >
                {Object.values(BetterDirection).map((direction) => (
                  <SelectOption key={direction} value={direction}>
                    {t(`vocabulary.betterDirection.${direction}`)}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
        </div>
      )}
    </div>
  );
}

/** A list of rows with its title, its empty state, and a note when the api sent only the first ones. */
function RowsSection({
  title,
  empty,
  total,
  shown,
  children,
}: {
  title: string;
  empty: string;
  total: number;
  shown: number;
  children: ReactNode;
}) {
  const { i18n, t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Heading4 id={id}>{`${title} (${formatNumber(total, i18n.language)})`}</Heading4>
      {total === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <>
          {shown < total && (
            <Paragraph>
              {t('figureImport.preview.cutOff', {
                shown: formatNumber(shown, i18n.language),
                total: formatNumber(total, i18n.language),
              })}
            </Paragraph>
          )}
          {children}
        </>
      )}
    </section>
  );
}

function FigureRowsTable({
  rows,
  caption,
  withPrevious = false,
}: {
  rows: readonly PreviewRow[];
  caption: string;
  withPrevious?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <TableScroll label={caption}>
      <Table>
        {/* The section heading says it on screen; the caption names the table for screen readers. */}
        <TableCaption className="oogo-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('figureImport.preview.row')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('figureImport.preview.indicator')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('figureImport.preview.area')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('figureImport.preview.period')}</TableHeaderCell>
            {withPrevious ? (
              <>
                <TableHeaderCell scope="col">{t('figureImport.preview.oldValue')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('figureImport.preview.newValue')}</TableHeaderCell>
              </>
            ) : (
              <TableHeaderCell scope="col">{t('figureImport.preview.value')}</TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.rowNumber}-${row.indicatorName}`}>
              <TableHeaderCell scope="row">{row.rowNumber}</TableHeaderCell>
              <TableCell>{row.indicatorName}</TableCell>
              <TableCell>{`${row.areaName} (${row.areaCode})`}</TableCell>
              <TableCell>{periodLabel(row.period, t, i18n.language)}</TableCell>
              {withPrevious && (
                <TableCell>
                  {row.previousValue === null ? '—' : number(row.previousValue)}
                </TableCell>
              )}
              <TableCell>{number(row.value)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function RejectedRowsTable({ rows }: { rows: Preview['rejected'] }) {
  const { t } = useTranslation();
  const caption = t('figureImport.preview.rejectedTitle');
  return (
    <TableScroll label={caption}>
      <Table>
        {/* The section heading says it on screen; the caption names the table for screen readers. */}
        <TableCaption className="oogo-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('figureImport.preview.row')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('figureImport.preview.reason')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('figureImport.preview.cell')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('figureImport.preview.hint')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.rowNumber}-${row.problem}-${row.cell}`}>
              <TableHeaderCell scope="row">{row.rowNumber}</TableHeaderCell>
              <TableCell>{t(`figureImport.preview.rowProblems.${row.problem}`)}</TableCell>
              <TableCell>{row.cell || t('figureImport.preview.emptyCell')}</TableCell>
              <TableCell>{row.hint ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
