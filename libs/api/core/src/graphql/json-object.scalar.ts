import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * A JSON object, for payloads whose shape follows another type (a changed item in a live
 * event carries the item's own fields and `__typename`). Output only: inputs stay typed.
 */
export const JsonObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object; used for output only.',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSONObject is not accepted as input');
  },
  parseLiteral: (ast) => {
    throw new GraphQLError(
      `JSONObject is not accepted as input (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind})`,
    );
  },
});
