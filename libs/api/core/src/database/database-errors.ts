import { QueryFailedError } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../errors/domain-error';

// PostgreSQL error codes (SQLSTATE) that mean "the input broke a rule", not "the server broke".
const FOREIGN_KEY_VIOLATION = '23503';
const RESTRICT_VIOLATION = '23001';
const UNIQUE_VIOLATION = '23505';
const NOT_NULL_VIOLATION = '23502';
const CHECK_VIOLATION = '23514';
const DATA_EXCEPTION_CLASS = '22';

interface PostgresError {
  code?: string;
  detail?: string;
  column?: string;
  constraint?: string;
  table?: string;
}

const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** `Key (plan_id, indicator_id)=(…)` → ['plan_id', 'indicator_id'] */
function keyColumns(detail = ''): string[] {
  const match = /^Key \(([^)]*)\)=/.exec(detail);
  return match?.[1]
    ? match[1].split(',').map((column) => column.trim().replace(/^lower\(btrim\((\w+)\)\)$/, '$1'))
    : [];
}

/**
 * Turns a constraint violation into the error the user can act on, naming the input field.
 * The schema keeps the rules (links within one plan, uniqueness, ranges); this says which
 * one was broken. Anything else is returned unchanged.
 */
export function translateDatabaseError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const pg = error.driverError as PostgresError;
  const fields = keyColumns(pg.detail)
    .filter((column) => column !== 'plan_id')
    .map(camelCase);
  switch (pg.code) {
    case RESTRICT_VIOLATION:
      return stillInUse(pg, fields);
    case FOREIGN_KEY_VIOLATION: {
      if (pg.detail?.includes('is still referenced')) return stillInUse(pg, fields);
      if (fields.length === 0) {
        return new NotFoundError('Plan', /\)=\(([^)]*)\)/.exec(pg.detail ?? '')?.[1] ?? '');
      }
      const field = fields.at(-1) as string;
      return new BadUserInputError(`${field} does not refer to an item of this plan`, {
        [field]: ['must refer to an item of the same plan'],
      });
    }
    case UNIQUE_VIOLATION: {
      const field = fields.join(', ') || 'input';
      return new BadUserInputError(`An item with the same ${field} already exists`, {
        [field]: ['already exists'],
      });
    }
    case NOT_NULL_VIOLATION: {
      const field = camelCase(pg.column ?? 'input');
      return new BadUserInputError(`${field} is required`, { [field]: ['is required'] });
    }
    case CHECK_VIOLATION:
      return new BadUserInputError(`The input breaks the rule ${pg.constraint ?? ''}`.trim(), {
        input: [`breaks the rule ${pg.constraint ?? ''}`.trim()],
      });
    default:
      if (pg.code?.startsWith(DATA_EXCEPTION_CLASS)) {
        return new BadUserInputError('A value is out of range or has the wrong form', {
          input: ['out of range or wrong form'],
        });
      }
      return error;
  }
}

/** Deleting a row that others still point at, where the schema refuses to cascade. */
function stillInUse(pg: PostgresError, fields: string[]): BadUserInputError {
  const user = pg.table ?? 'other items';
  return new BadUserInputError(`Still in use by ${user}; change or remove those first`, {
    [fields.at(-1) ?? 'id']: [`still used by ${user}`],
  });
}
