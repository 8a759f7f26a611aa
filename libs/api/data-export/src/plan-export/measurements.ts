import type { DataSource } from 'typeorm';
import { queryInPages } from '../reading/cursor';
import type { Cell } from '../writing/cells';
import type { Table } from '../writing/table';
import { NATIONAL_AREA } from './vocabulary.nl';

/*
 * Every measurement of a plan, one per row, read through a cursor: 200,000 measurements never
 * sit in memory at once. The headers are the Dutch ones our figures import recognises
 * ("Indicator", "Gemeentecode", "Periode", "Waarde"), so a downloaded file imports again as is.
 */

interface MeasurementRow {
  indicator: string;
  unit: string;
  areaCode: string;
  period: string;
  value: number;
  source: string;
  measuredOn: string | null;
}

// Indicators in plan order (as the screen lists them), then gemeente, then oldest period first.
// An empty source of the measurement falls back to its indicator's (e.g. the CBS table).
const MEASUREMENTS_SQL = `
  SELECT i.name AS indicator, i.unit, m.area_code AS "areaCode", m.period, m.value,
         coalesce(nullif(m.source, ''), i.source) AS source, m.measured_on::text AS "measuredOn"
    FROM measurement m JOIN indicator i ON i.id = m.indicator_id
   WHERE m.plan_id = $1
   ORDER BY i.created_at, i.id, m.area_code, m.period_start`;

async function* measurementRows(
  dataSource: DataSource,
  planId: string,
  areaNames: ReadonlyMap<string, string>,
): AsyncGenerator<Cell[]> {
  for await (const page of queryInPages<MeasurementRow>(dataSource, MEASUREMENTS_SQL, [planId])) {
    for (const row of page) {
      yield [
        row.indicator,
        row.unit,
        row.areaCode,
        areaNames.get(row.areaCode) ?? null,
        row.period,
        row.value,
        row.source || null,
        row.measuredOn,
      ];
    }
  }
}

/**
 * The measurements of a plan as a table. `gemeenten` names the area codes: the participating
 * gemeenten by their CBS code (a code no participant has stays without a name).
 */
export function measurementsTable(
  dataSource: DataSource,
  planId: string,
  gemeenten: readonly { code: string | null; name: string }[],
): Table {
  const areaNames = new Map<string, string>([[NATIONAL_AREA.code, NATIONAL_AREA.name]]);
  for (const gemeente of gemeenten) if (gemeente.code) areaNames.set(gemeente.code, gemeente.name);
  return {
    name: 'Metingen',
    columns: [
      { header: 'Indicator', type: 'text', width: 45 },
      { header: 'Eenheid', type: 'text', width: 14 },
      { header: 'Gemeentecode', type: 'text', width: 14 },
      { header: 'Gemeente', type: 'text', width: 28 },
      { header: 'Periode', type: 'text', width: 11 },
      { header: 'Waarde', type: 'number', width: 12, numberFormat: '0.0##' },
      { header: 'Bron', type: 'text', width: 30 },
      { header: 'Datum meting', type: 'date', width: 14 },
    ],
    rows: measurementRows(dataSource, planId, areaNames),
  };
}
