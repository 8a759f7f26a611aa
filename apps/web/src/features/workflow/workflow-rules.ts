import type { PlanStatus } from '@oogo/shared-domain';
import { z } from 'zod';

/** What the coordinator can do with the plan's status: the api's rules (WorkflowService). */
export type StatusAction = 'IN_CONSULTATION' | 'DRAFT' | 'ADOPT';

/**
 * DRAFT → IN_CONSULTATION; IN_CONSULTATION → back to DRAFT, or adopted once every gemeente and
 * schoolbestuur agrees. An adopted plan goes back to DRAFT by itself with the next change.
 */
export function statusActions(status: PlanStatus, canAdopt: boolean): StatusAction[] {
  switch (status) {
    case 'DRAFT':
      return ['IN_CONSULTATION'];
    case 'IN_CONSULTATION':
      return canAdopt ? ['ADOPT', 'DRAFT'] : ['DRAFT'];
    case 'ADOPTED':
      return [];
  }
}

/** How many changes a stale decision lists: `changesSince(first: 50)` in the Workflow query. */
export const CHANGES_SHOWN = 50;

/** The longest reason for an objection the api takes (RecordApprovalInput). */
export const REASON_MAX_LENGTH = 2000;

export type Decision = 'AGREE' | 'OBJECT';

interface DecisionMessages {
  choose: string;
  required: string;
  tooLong: string;
}

/** The decision form: an organisation and a decision; a reason is required for an objection. */
export function decisionSchema(messages: DecisionMessages) {
  return z
    .object({
      organizationId: z.string().min(1, messages.choose),
      // `null` while nothing is chosen; the message is the same as for a missing choice.
      decision: z.enum(['AGREE', 'OBJECT'], { error: messages.choose }),
      reason: z.string(),
    })
    .superRefine((values, context) => {
      if (values.decision !== 'OBJECT') return;
      const reason = values.reason.trim();
      if (!reason) {
        context.addIssue({ code: 'custom', path: ['reason'], message: messages.required });
      } else if (reason.length > REASON_MAX_LENGTH) {
        context.addIssue({ code: 'custom', path: ['reason'], message: messages.tooLong });
      }
    });
}

export type DecisionValues = z.infer<ReturnType<typeof decisionSchema>>;

/** What is sent to `recordApproval`: the reason only with an objection, trimmed. */
export function approvalInput(planId: string, values: DecisionValues) {
  return {
    planId,
    organizationId: values.organizationId,
    decision: values.decision,
    reason: values.decision === 'OBJECT' ? values.reason.trim() : null,
  };
}

interface PartyLike {
  organization: { id: string };
  approval?: { givenByUserId?: string | null } | null;
}

/**
 * The organisation the form starts with. The api does not say for which organisation the
 * viewer takes part, but an earlier decision of theirs in this round does; with only one
 * party there is nothing to choose.
 */
export function preselectedOrganization(
  parties: readonly PartyLike[],
  viewerId: string | null | undefined,
): string {
  if (parties.length === 1) return parties[0]?.organization.id ?? '';
  if (!viewerId) return '';
  return parties.find((party) => party.approval?.givenByUserId === viewerId)?.organization.id ?? '';
}

/** Organisation names the adoption still waits for, from the api's `waitingFor` error detail. */
export function waitingForNames(details: unknown): string[] {
  const waitingFor = (details as { waitingFor?: unknown } | null)?.waitingFor;
  if (!Array.isArray(waitingFor)) return [];
  return waitingFor
    .map((party) => (party as { name?: unknown }).name)
    .filter((name): name is string => typeof name === 'string');
}

export type PartyState = 'AGREED' | 'OBJECTED' | 'STALE' | 'WAITING';

/**
 * How a party's state is told. The api calls every decision on an older text STALE, an
 * objection too; "akkoord op oudere tekst" would be wrong for that one.
 */
export function partyStateKey(
  state: PartyState,
  decision: Decision | null | undefined,
): PartyState | 'STALE_OBJECTION' {
  return state === 'STALE' && decision === 'OBJECT' ? 'STALE_OBJECTION' : state;
}
