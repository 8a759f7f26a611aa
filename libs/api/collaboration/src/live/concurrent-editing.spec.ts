import type { SignedIn } from '@oogo/api-access/testing';
import { GraphqlResponse, subscribe, useTestDatabase } from '@oogo/api-core/testing';
import { createItem } from '@oogo/api-planning/testing';
import { useCollaborationWorld } from '../testing/collaboration-world';

const database = useTestDatabase();

const UPDATE_ANALYSIS =
  'mutation ($input: UpdateAnalysisInput!) { updateAnalysis(input: $input) { id version summary } }';

interface Analysis {
  id: string;
  version: number;
  summary: string | null;
}

const WRITERS = 20;
// Twenty sign-ins, then twenty writers retrying on conflict: about two seconds on an idle
// 2-core machine, more than jest's default five when other work shares it.

describe('twenty people typing in one analysis at once', () => {
  const world = useCollaborationWorld(database);
  const writers: SignedIn[] = [];

  beforeAll(async () => {
    writers.push(world.coordinator);
    while (writers.length < WRITERS) writers.push(await world.member('EDITOR'));
  }, 30_000);

  it('keeps every acknowledged write or reports it as a conflict: none silently lost', async () => {
    const analysis = await createItem((writers[0] as SignedIn).graphql, 'Analysis', {
      planId: world.plan.id,
      theme: 'Schoolverzuim',
      summary: 'Begin.',
    });
    const socket = world.socketFor(writers[0]);
    const events = subscribe<{ planEvents: { entityId: string; action: string } }>(
      socket,
      'subscription ($planId: ID!) { planEvents(planId: $planId) { entityId action } }',
      { planId: world.plan.id },
    );
    await new Promise((resolve) => setTimeout(resolve, 150));

    // Each writer read version 1 and adds its own sentence. On CONFLICT it does what the UI
    // offers: take the current text from the answer, keep its own sentence, save again.
    let conflicts = 0;
    const acknowledged: string[] = [];
    await Promise.all(
      writers.map(async (writer, n) => {
        const sentence = `Zin van schrijver ${n}.`;
        let base: Analysis = { id: analysis.id, version: 1, summary: 'Begin.' };
        for (;;) {
          const response: GraphqlResponse<{ updateAnalysis: Analysis }> = await writer.graphql(
            UPDATE_ANALYSIS,
            {
              input: { id: base.id, version: base.version, summary: `${base.summary} ${sentence}` },
            },
          );
          if (response.data) {
            acknowledged.push(sentence);
            return;
          }
          const extensions = response.errors?.[0]?.extensions ?? {};
          expect(extensions).toMatchObject({
            code: 'CONFLICT',
            changedBy: { displayName: expect.any(String) },
          });
          conflicts++;
          base = extensions['current'] as Analysis;
        }
      }),
    );

    const { data } = await (writers[0] as SignedIn).graphql<{ plan: { analyses: Analysis[] } }>(
      'query ($id: ID!) { plan(id: $id) { analyses { id version summary } } }',
      { id: world.plan.id },
    );
    const final = data?.plan.analyses.find((item) => item.id === analysis.id) as Analysis;
    expect(acknowledged).toHaveLength(WRITERS);
    for (const sentence of acknowledged) expect(final.summary).toContain(sentence);
    expect(final.version).toBe(1 + WRITERS);
    // Conflicts happened and were all answered, not swallowed.
    expect(conflicts).toBeGreaterThan(0);
    // Everyone watching saw each acknowledged write once.
    const updates = await events.waitFor(WRITERS);
    expect(updates.every((event) => event.data?.planEvents.action === 'UPDATE')).toBe(true);
    events.unsubscribe();
    await socket.dispose();
  }, 30_000);
});
