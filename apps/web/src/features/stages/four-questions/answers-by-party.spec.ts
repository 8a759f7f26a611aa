import type { ReflectionQuestion } from '@oogo/shared-domain';
import { answersByParty, QUESTIONS, type Party } from './answers-by-party';

const parties: Party[] = [
  { id: 'ggd', name: 'GGD', kind: 'PARTNER' },
  { id: 'kompas', name: 'Kompas', kind: 'SCHOOLBESTUUR' },
  { id: 'noord', name: 'Noorderveen', kind: 'GEMEENTE' },
  { id: 'haver', name: 'Haverdijk', kind: 'GEMEENTE' },
];
const answer = (organizationId: string, question: ReflectionQuestion) => ({
  id: `${organizationId}-${question}`,
  organizationId,
  question,
});

describe('answersByParty', () => {
  it('asks the four questions in order', () => {
    expect(QUESTIONS).toEqual(['RECOGNISE', 'EXPLAIN', 'JUDGE', 'IMPROVE']);
  });

  it('lists gemeenten, schoolbesturen, then partners, each with their answer per question', () => {
    const overview = answersByParty(parties, [
      ...QUESTIONS.map((question) => answer('noord', question)),
      answer('kompas', 'RECOGNISE'),
      answer('ggd', 'JUDGE'),
    ]);
    expect(overview.parties.map((row) => [row.party.id, row.state, row.answeredCount])).toEqual([
      ['noord', 'COMPLETE', 4],
      ['haver', 'NONE', 0],
      ['kompas', 'PARTIAL', 1],
      ['ggd', 'PARTIAL', 1],
    ]);
    expect(overview.parties[2]?.byQuestion.RECOGNISE?.id).toBe('kompas-RECOGNISE');
    expect(overview.parties[2]?.byQuestion.EXPLAIN).toBeUndefined();
  });

  it('waits for the gemeenten and schoolbesturen only; partners may answer too', () => {
    const overview = answersByParty(parties, [
      ...QUESTIONS.map((question) => answer('noord', question)),
      ...QUESTIONS.map((question) => answer('ggd', question)),
    ]);
    expect(overview.expectedCount).toBe(3);
    expect(overview.completeCount).toBe(1);
    expect(overview.waitingFor.map((row) => row.party.id)).toEqual(['haver', 'kompas']);
    expect(overview.parties.find((row) => row.party.id === 'ggd')?.expected).toBe(false);
  });

  it('ignores answers of organisations that are not in the plan', () => {
    const overview = answersByParty(parties.slice(0, 1), [answer('elders', 'RECOGNISE')]);
    expect(overview.parties.map((row) => row.answeredCount)).toEqual([0]);
    expect(overview.waitingFor).toEqual([]);
  });
});
