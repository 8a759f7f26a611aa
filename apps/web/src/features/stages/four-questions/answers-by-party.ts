import { OrganizationKind, ReflectionQuestion } from '@oogo/shared-domain';

/** The four questions, in the order they are asked. */
export const QUESTIONS: readonly ReflectionQuestion[] = Object.values(ReflectionQuestion);

export interface Party {
  id: string;
  name: string;
  kind: OrganizationKind;
}

export interface AnswerLike {
  organizationId: string;
  question: ReflectionQuestion;
}

export type AnswerState = 'COMPLETE' | 'PARTIAL' | 'NONE';

export interface PartyAnswers<A extends AnswerLike> {
  party: Party;
  /** Gemeenten and schoolbesturen are asked to answer (as in the kompas); partners may. */
  expected: boolean;
  byQuestion: Partial<Record<ReflectionQuestion, A>>;
  answeredCount: number;
  state: AnswerState;
}

export interface AnswersOverview<A extends AnswerLike> {
  /** Gemeenten, then schoolbesturen, then partners; in the plan's order within each. */
  parties: PartyAnswers<A>[];
  expectedCount: number;
  /** Expected parties that answered all four questions. */
  completeCount: number;
  /** Expected parties that have not answered all four yet. */
  waitingFor: PartyAnswers<A>[];
}

const KIND_ORDER: readonly OrganizationKind[] = [
  OrganizationKind.GEMEENTE,
  OrganizationKind.SCHOOLBESTUUR,
  OrganizationKind.PARTNER,
];

export function isExpectedParty(party: Party): boolean {
  return party.kind === OrganizationKind.GEMEENTE || party.kind === OrganizationKind.SCHOOLBESTUUR;
}

/** Who answered which of the four questions, and who the analysis or review still waits for. */
export function answersByParty<A extends AnswerLike>(
  parties: readonly Party[],
  answers: readonly A[],
): AnswersOverview<A> {
  const ordered = [...parties]
    .map((party, index) => ({ party, index }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.party.kind) - KIND_ORDER.indexOf(b.party.kind) || a.index - b.index,
    )
    .map(({ party }) => party);
  const rows = ordered.map((party): PartyAnswers<A> => {
    const byQuestion: Partial<Record<ReflectionQuestion, A>> = {};
    for (const answer of answers) {
      if (answer.organizationId === party.id) byQuestion[answer.question] = answer;
    }
    const answeredCount = QUESTIONS.filter((question) => byQuestion[question]).length;
    return {
      party,
      expected: isExpectedParty(party),
      byQuestion,
      answeredCount,
      state:
        answeredCount === QUESTIONS.length ? 'COMPLETE' : answeredCount > 0 ? 'PARTIAL' : 'NONE',
    };
  });
  const expected = rows.filter((row) => row.expected);
  return {
    parties: rows,
    expectedCount: expected.length,
    completeCount: expected.filter((row) => row.state === 'COMPLETE').length,
    waitingFor: expected.filter((row) => row.state !== 'COMPLETE'),
  };
}
