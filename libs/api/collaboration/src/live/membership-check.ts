import { ErrorCode } from '@oogo/shared-domain';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

/** The entity of the plan events that change who takes part (see the planning module). */
export const MEMBERSHIP_ENTITY = 'Membership';

/** Which of these people take part in the plan now. */
export async function membersAmong(
  dataSource: DataSource,
  planId: string,
  userIds: Iterable<string>,
): Promise<Set<string>> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return new Set();
  const rows = (await dataSource.query(
    'SELECT user_id AS "userId" FROM membership WHERE plan_id = $1 AND user_id = ANY($2::uuid[])',
    [planId, wanted],
  )) as { userId: string }[];
  return new Set(rows.map((row) => row.userId));
}

/**
 * How a live stream ends for someone taken out of the plan while subscribed. A GraphQLError
 * with the code itself: graphql-ws sends a stream's error as it is, past the error filter.
 */
export function noLongerAMember(planId: string): GraphQLError {
  return new GraphQLError('You no longer take part in this plan', {
    extensions: { code: ErrorCode.FORBIDDEN, planId },
  });
}
