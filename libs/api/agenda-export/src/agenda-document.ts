// The ontwikkelagenda as a document: what it says, in Dutch, in reading order. Both the DOCX
// and the PDF are rendered from this one model, so they always say the same.

/** A table; the first column names the row (a row header) unless `rowHeaders` is false. */
export interface TableBlock {
  kind: 'table';
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Columns holding numbers, aligned right. */
  numeric?: readonly number[];
  rowHeaders?: boolean;
}

/** Values per period per area, drawn as grouped bars, with its numbers beside it. */
export interface ChartBlock {
  kind: 'chart';
  /** Says what the chart shows, for whoever cannot see it (alt text, aria-label). */
  description: string;
  unit: string;
  periods: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  /** The same numbers as a table. */
  table: TableBlock;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  /** A paragraph that warns, e.g. doubt about an activity's effectiveness. */
  | { kind: 'warning'; text: string }
  | { kind: 'facts'; items: readonly { term: string; value: string }[] }
  | { kind: 'list'; items: readonly string[] }
  | TableBlock
  | ChartBlock;

export interface AgendaSection {
  /** 1–6 for a bouwsteen; null for the agreement. */
  number: number | null;
  title: string;
  intro: string;
  blocks: Block[];
}

export interface AgendaDocument {
  title: string;
  region: string;
  /** "2025–2028" */
  period: string;
  description: string;
  /** "Concept", "In OOGO-overleg", or "Vastgesteld op 12 maart 2026". */
  status: string;
  /** "Versie 1" for an adopted version, else null. */
  version: string | null;
  /** "Gemaakt op 3 april 2026" */
  madeOn: string;
  /** Who takes part, per kind: Gemeenten, Schoolbesturen, Partners. */
  participants: { kind: string; names: string[] }[];
  /** The six bouwstenen in order, then the agreement. */
  sections: AgendaSection[];
}
