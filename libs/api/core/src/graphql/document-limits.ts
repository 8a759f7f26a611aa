import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ErrorCode } from '@oogo/shared-domain';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  parse,
  ParseOptions,
  specifiedRules,
  validate,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/**
 * What one GraphQL document may ask, on HTTP and WebSocket alike. The largest document the
 * web app sends (a whole plan with the chain both ways) stays well inside these.
 */
export const DOCUMENT_LIMITS = {
  /** Tokens in the document; parsing stops there, so a huge document costs little. */
  maxTokens: 5_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  /** Static cost: 1 per scalar, 2 per object, times 1.5 per level of nesting. */
  maxCost: 50_000,
} as const;

export const parseOptions: ParseOptions = { maxTokens: DOCUMENT_LIMITS.maxTokens };

// The armor rules throw by default, which Apollo turns into an internal error; report the
// problem as an ordinary validation error instead.
const reportAsValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

/** The limits as validation rules, added to GraphQL's own. */
export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: DOCUMENT_LIMITS.maxDepth, flattenFragments: true, ...reportAsValidationError }),
  maxAliasesRule({ n: DOCUMENT_LIMITS.maxAliases, ...reportAsValidationError }),
  maxDirectivesRule({ n: DOCUMENT_LIMITS.maxDirectives, ...reportAsValidationError }),
  costLimitRule({
    maxCost: DOCUMENT_LIMITS.maxCost,
    flattenFragments: true,
    ...reportAsValidationError,
  }),
];

/**
 * Parses and validates a document exactly as the HTTP path does, for transports that do it
 * themselves (graphql-ws): the document, or the errors to send back with the same codes.
 */
export function checkDocument(
  schema: GraphQLSchema,
  query: unknown,
): { document: DocumentNode; errors?: undefined } | { errors: GraphQLError[] } {
  if (typeof query !== 'string') {
    return { errors: [inputError('The query must be a string', 'GRAPHQL_PARSE_FAILED')] };
  }
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    return { errors: [inputError((error as Error).message, 'GRAPHQL_PARSE_FAILED')] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules]);
  return errors.length
    ? { errors: errors.map((error) => inputError(error.message, 'GRAPHQL_VALIDATION_FAILED')) }
    : { document };
}

function inputError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, reason } });
}
