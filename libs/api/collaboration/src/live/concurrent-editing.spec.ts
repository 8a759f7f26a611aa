import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import {
  GraphqlResponse,
  startTestApi,
  subscribe,
  TestApi,
  useTestDatabase,
  webSocketClient,
} from '@oogo/api-core/testing';
import { PlanningModule } from '@oogo/api-planning';
import { createItem, createOrganization, createPlan, PlanRef } from '@oogo/api-planning/testing';
import { CollaborationModule } from '../collaboration.module';

const database = useTestDatabase();

const UPDATE_ANALYSIS =
  'mutation ($input: UpdateAnalysisInput!) { updateAnalysis(input: $input) { id version summary } }';

interface Analysis {
  id: string;
  version: number;
  summary: string | null;
}

const WRITERS = 20;

describe('twenty people typing in one analysis at once', () => {
  let api: TestApi;
  let plan: PlanRef;
  const writers: SignedIn[] = [];

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule, CollaborationModule]);
    const coordinator = await signIn(api.url, database.url);
    const partner = await createOrganization(coordinator.graphql, 'PARTNER');
    plan = await createPlan(coordinator.graphql, [partner.id]);
    writers.push(coordinator);
    while (writers.length < WRITERS) {
      const editor = await signIn(api.url, database.url);
      await joinPlan(database.url, plan.id, editor.user.id, 'EDITOR', partner.id);
      writers.push(editor);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('keeps every acknowledged write or reports it as a conflict: none silently lost', async () => {
    const analysis = await createItem((writers[0] as SignedIn).graphql, 'Analysis', {
      planId: plan.id,
      theme: 'Schoolverzuim',
      summary: 'Begin.',
    });
    const socket = webSocketClient(api.url, writers[0]?.browser);
    const events = subscribe<{ planEvents: { entityId: string; action: string } }>(
      socket,
      'subscription ($planId: ID!) { planEvents(planId: $planId) { entityId action } }',
      { planId: plan.id },
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
      { id: plan.id },
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
  });
});
