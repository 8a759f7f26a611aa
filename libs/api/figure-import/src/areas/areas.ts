import formerGemeentenData from './former-gemeenten.json';
import gemeentenData from './gemeenten.json';

/** An area a figure can be about: a gemeente (`GM0363`) or Nederland (`NL01`). */
export interface Area {
  code: string;
  name: string;
}

export interface Gemeente extends Area {
  /** Other spellings people and exports use ("Den Haag", "Bergen (Noord-Holland)"). */
  aliases?: string[];
}

/** A gemeente that no longer exists under its code. */
export interface FormerGemeente extends Area {
  /** The year of the change (it took effect on 1 January, Weesp in March 2022). */
  year: number;
  change: 'MERGED' | 'SPLIT' | 'RENAMED';
  /** Current gemeente codes that took over its area. */
  successors: string[];
}

/** The day the shipped gemeenten list describes (see README.md). */
export const AREAS_REFERENCE_DATE = '2025-01-01';

export const NEDERLAND: Area = { code: 'NL01', name: 'Nederland' };

/** The current gemeenten (see README.md for the source and reference date), sorted by code. */
export const GEMEENTEN: readonly Gemeente[] = gemeentenData;
export const FORMER_GEMEENTEN: readonly FormerGemeente[] = formerGemeentenData as FormerGemeente[];

const gemeenteByCode = new Map(GEMEENTEN.map((gemeente) => [gemeente.code, gemeente]));

/** The current name of an area code (a gemeente or NL01), or undefined for anything else. */
export function areaName(code: string): string | undefined {
  if (code === NEDERLAND.code) return NEDERLAND.name;
  return gemeenteByCode.get(code)?.name;
}

export type AreaResolution =
  { ok: true; area: Area } | { ok: false; problem: 'UNKNOWN_AREA' | 'MERGED_AREA'; hint?: string };

/**
 * Folds a name for matching: no accents, case, punctuation, a leading "gemeente" or a trailing
 * "(gemeente)", so "'s-Gravenhage (gemeente)", "S GRAVENHAGE" and "Súdwest Fryslân" match.
 */
export function foldAreaName(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded.replace(/^gemeente /, '').replace(/ gemeente$/, '');
}

const CODE_PATTERN = /^(?:gm)?\s*(\d{1,4})$/i;
const EMBEDDED_CODE_PATTERN = /\bGM(\d{4})\b/i;
const NEDERLAND_NAMES = new Set(['nederland', 'nl', 'nl00', 'nl01', 'totaal nederland']);

function gemeenteLabel(code: string): string {
  return `${areaName(code) ?? code} (${code})`;
}

function joinDutch(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Dutch help for a former gemeente, e.g. "opgegaan in Dijk en Waard (GM1980) in 2022". */
function formerHint(former: FormerGemeente): string {
  const successors = joinDutch(former.successors.map(gemeenteLabel));
  const verb =
    former.change === 'RENAMED'
      ? 'hernoemd naar'
      : former.change === 'SPLIT'
        ? 'verdeeld over'
        : 'opgegaan in';
  return `${former.name} (${former.code}) is ${verb} ${successors} in ${former.year}`;
}

/** Resolves area cells against the shipped gemeenten plus, optionally, extra areas. */
export class AreaResolver {
  private readonly byCode = new Map<string, Area>();
  private readonly byName = new Map<string, Area>();
  /** Folded names that match more than one gemeente ("bergen"), with their candidates. */
  private readonly ambiguous = new Map<string, Area[]>();
  private readonly formerByCode = new Map<string, FormerGemeente>();
  private readonly formerByName = new Map<string, FormerGemeente>();

  /**
   * @param extraAreas areas that are not real gemeenten but must resolve too, e.g. the
   *   fictional demo gemeenten of a plan (GM1997–GM1999); they win over the shipped list.
   */
  constructor(extraAreas: readonly Area[] = []) {
    for (const former of FORMER_GEMEENTEN) {
      this.formerByCode.set(former.code, former);
      this.formerByName.set(foldAreaName(former.name), former);
    }
    const nameCounts = new Map<string, Area[]>();
    for (const gemeente of GEMEENTEN) {
      const area = { code: gemeente.code, name: gemeente.name };
      this.byCode.set(area.code, area);
      // "Bergen (NH.)" also answers to "Bergen" unless another gemeente does too.
      const base = gemeente.name.replace(/\s*\([^)]*\)\s*$/, '');
      for (const name of [gemeente.name, base, ...(gemeente.aliases ?? [])]) {
        const folded = foldAreaName(name);
        const list = nameCounts.get(folded) ?? [];
        if (!list.some((other) => other.code === area.code))
          nameCounts.set(folded, [...list, area]);
      }
    }
    for (const [folded, areas] of nameCounts) {
      if (areas.length === 1) this.byName.set(folded, areas[0]);
      else this.ambiguous.set(folded, areas);
    }
    for (const extra of extraAreas) {
      const area = { code: extra.code.trim().toUpperCase(), name: extra.name };
      this.byCode.set(area.code, area);
      this.byName.set(foldAreaName(area.name), area);
      this.ambiguous.delete(foldAreaName(area.name));
    }
  }

  resolve(text: string): AreaResolution {
    const trimmed = text.trim();
    const folded = foldAreaName(trimmed);
    if (NEDERLAND_NAMES.has(folded)) return { ok: true, area: NEDERLAND };

    const codeMatch = CODE_PATTERN.exec(trimmed) ?? EMBEDDED_CODE_PATTERN.exec(trimmed);
    if (codeMatch) return this.byCodeResolution(`GM${codeMatch[1].padStart(4, '0')}`);

    const area = this.byName.get(folded);
    if (area) return { ok: true, area };
    const candidates = this.ambiguous.get(folded);
    if (candidates) {
      return {
        ok: false,
        problem: 'UNKNOWN_AREA',
        hint: `meerdere gemeenten heten zo: ${joinDutch(candidates.map((c) => `${c.name} (${c.code})`))}`,
      };
    }
    const former = this.formerByName.get(folded);
    if (former) return { ok: false, problem: 'MERGED_AREA', hint: formerHint(former) };
    return { ok: false, problem: 'UNKNOWN_AREA' };
  }

  private byCodeResolution(code: string): AreaResolution {
    const area = this.byCode.get(code);
    if (area) return { ok: true, area };
    const former = this.formerByCode.get(code);
    if (former) return { ok: false, problem: 'MERGED_AREA', hint: formerHint(former) };
    return { ok: false, problem: 'UNKNOWN_AREA' };
  }
}

const defaultResolver = new AreaResolver();

/**
 * Resolves an area cell: `GM0363`, `gm0363`, `0363`, `GM0363    `, a gemeente name in any
 * common spelling, or "Nederland"/`NL01`. Former gemeenten give MERGED_AREA with a Dutch hint.
 */
export function resolveArea(text: string): AreaResolution {
  return defaultResolver.resolve(text);
}
