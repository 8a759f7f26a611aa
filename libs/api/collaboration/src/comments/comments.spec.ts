import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import {
  browserSession,
  GraphqlRequest,
  GraphqlResponse,
  startTestApi,
  subscribe,
  TestApi,
  useTestDatabase,
  webSocketClient,
} from '@oogo/api-core/testing';
import { PlanningModule } from '@oogo/api-planning';
import {
  activityInput,
  createItem,
  createOrganization,
  createPlan,
  PlanRef,
  Ref,
} from '@oogo/api-planning/testing';
import type { Client as WebSocketClient } from 'graphql-ws';
import { Client } from 'pg';
import { CollaborationModule } from '../collaboration.module';

const database = useTestDatabase();

const PERSON = 'userId displayName organizationId organizationName';
const FIELDS = `id version planId stage targetType targetId threadId body createdAt editedAt
  deletedAt resolvedAt author { ${PERSON} } mentions { ${PERSON} } resolvedBy { ${PERSON} }`;
const WITH_REPLIES = `${FIELDS} replies { ${FIELDS} }`;

interface Person {
  userId: string;
  displayName: string;
  organizationId: string | null;
  organizationName: string | null;
}

interface CommentResult {
  id: string;
  version: number;
  planId: string;
  stage: string;
  targetType: string | null;
  targetId: string | null;
  threadId: string;
  body: string | null;
  editedAt: string | null;
  deletedAt: string | null;
  resolvedAt: string | null;
  author: Person | null;
  mentions: Person[];
  resolvedBy: Person | null;
  replies?: CommentResult[];
}

const CREATE = `mutation ($input: CreateCommentInput!) { comment: createComment(input: $input) { ${FIELDS} } }`;
const REPLY = `mutation ($input: ReplyToCommentInput!) { comment: replyToComment(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateCommentInput!) { comment: updateComment(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($input: CommentVersionInput!) { comment: deleteComment(input: $input) { ${FIELDS} } }`;
const RESOLVE = `mutation ($input: CommentVersionInput!) { comment: resolveCommentThread(input: $input) { ${FIELDS} } }`;
const REOPEN = `mutation ($input: CommentVersionInput!) { comment: reopenCommentThread(input: $input) { ${FIELDS} } }`;
const THREADS = `query ($planId: ID!, $stage: Stage, $targetId: ID, $includeItems: Boolean, $resolved: Boolean, $first: Int, $after: ID) {
  comments(planId: $planId, stage: $stage, targetId: $targetId, includeItems: $includeItems, resolved: $resolved, first: $first, after: $after) { ${WITH_REPLIES} }
}`;
const THREAD = `query ($id: ID!) { commentThread(id: $id) { ${WITH_REPLIES} } }`;
const UNREAD = `query ($planId: ID!) { unreadCommentCounts(planId: $planId) { stage targetType targetId unread } }`;
const MARK_READ = `mutation ($input: MarkCommentsReadInput!) { markCommentsRead(input: $input) { stage targetType targetId unread } }`;

type Mutated = GraphqlResponse<{ comment: CommentResult }>;

const codeOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions['code'];
const fieldErrorsOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions['fieldErrors'] as Record<string, string[]> | undefined;

/** Runs a comment mutation that must succeed. */
async function commented(
  graphql: GraphqlRequest,
  mutation: string,
  input: Record<string, unknown>,
): Promise<CommentResult> {
  const response: Mutated = await graphql(mutation, { input });
  if (!response.data) throw new Error(`Mutation failed: ${JSON.stringify(response.errors)}`);
  return response.data.comment;
}

async function sql<Row = Record<string, unknown>>(query: string, values: unknown[] = []) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  return (await client.query(query, values).finally(() => client.end())).rows as Row[];
}

describe('comments', () => {
  let api: TestApi;
  let plan: PlanRef;
  let partner: Ref;
  let activity: Ref;
  let coordinator: SignedIn;
  let editor: SignedIn;
  let contributor: SignedIn;
  let viewer: SignedIn;
  let outsider: SignedIn;
  const sockets: WebSocketClient[] = [];

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule, CollaborationModule]);
    coordinator = await signIn(api.url, database.url);
    partner = await createOrganization(coordinator.graphql, 'PARTNER');
    plan = await createPlan(coordinator.graphql, [partner.id]);
    activity = await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));
    [editor, contributor, viewer, outsider] = await Promise.all(
      [1, 2, 3, 4].map(() => signIn(api.url, database.url)),
    );
    await joinPlan(database.url, plan.id, editor.user.id, 'EDITOR', plan.organizationId);
    await joinPlan(database.url, plan.id, contributor.user.id, 'CONTRIBUTOR', partner.id);
    await joinPlan(database.url, plan.id, viewer.user.id, 'VIEWER', partner.id);
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await api?.close();
  });

  const onStage = (stage: string, body = 'Hoe weten we of dit werkt?') => ({
    planId: plan.id,
    stage,
    body,
  });

  async function threads(
    person: SignedIn,
    variables: Record<string, unknown>,
  ): Promise<CommentResult[]> {
    const response = await person.graphql<{ comments: CommentResult[] }>(THREADS, {
      planId: plan.id,
      ...variables,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.comments;
  }

  async function threadOf(id: string): Promise<CommentResult> {
    const response = await viewer.graphql<{ commentThread: CommentResult }>(THREAD, { id });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.commentThread;
  }

  it('starts threads on a bouwsteen and on an item; a reply to a reply joins the thread', async () => {
    const onActivities = await commented(contributor.graphql, CREATE, {
      ...onStage('ACTIVITIES', '  Missen we hier niet de kinderopvang?  '),
    });
    const onActivity = await commented(editor.graphql, CREATE, {
      planId: plan.id,
      targetType: 'Activity',
      targetId: activity.id,
      body: 'Wie voert dit uit?',
    });
    const answer = await commented(coordinator.graphql, REPLY, {
      commentId: onActivities.id,
      body: 'Goed punt.',
    });
    const answerToAnswer = await commented(contributor.graphql, REPLY, {
      commentId: answer.id,
      body: 'Dank je.',
    });

    expect(onActivities).toMatchObject({
      version: 1,
      stage: 'ACTIVITIES',
      targetType: null,
      targetId: null,
      threadId: onActivities.id,
      body: 'Missen we hier niet de kinderopvang?',
      author: { userId: contributor.user.id, organizationId: partner.id },
      resolvedAt: null,
    });
    expect(onActivities.author?.organizationName).toEqual(expect.any(String));
    // The item's bouwsteen, from the type of the item.
    expect(onActivity).toMatchObject({
      stage: 'ACTIVITIES',
      targetType: 'Activity',
      targetId: activity.id,
      threadId: onActivity.id,
    });
    expect(answer.threadId).toBe(onActivities.id);
    expect(answerToAnswer.threadId).toBe(onActivities.id);

    const [stageThread, ...others] = await threads(viewer, { stage: 'ACTIVITIES' });
    expect(others).toEqual([]);
    expect(stageThread?.id).toBe(onActivities.id);
    expect(stageThread?.replies?.map((reply) => reply.body)).toEqual(['Goed punt.', 'Dank je.']);

    expect((await threads(viewer, { targetId: activity.id })).map((thread) => thread.id)).toEqual([
      onActivity.id,
    ]);
    // Newest activity first: the bouwsteen's thread had the latest reply.
    expect(
      (await threads(viewer, { stage: 'ACTIVITIES', includeItems: true })).map(
        (thread) => thread.id,
      ),
    ).toEqual([onActivities.id, onActivity.id]);

    const { data } = await viewer.graphql<{ commentThread: CommentResult }>(THREAD, {
      id: answerToAnswer.id,
    });
    expect(data?.commentThread.id).toBe(onActivities.id);
    expect(data?.commentThread.replies?.map((reply) => reply.id)).toEqual([
      answer.id,
      answerToAnswer.id,
    ]);
  });

  it('pages through threads, newest activity first', async () => {
    const made = [];
    for (const body of ['een', 'twee', 'drie']) {
      made.push(await commented(editor.graphql, CREATE, onStage('OUTCOMES', body)));
    }

    const firstPage = await threads(viewer, { stage: 'OUTCOMES', first: 2 });
    const secondPage = await threads(viewer, {
      stage: 'OUTCOMES',
      first: 2,
      after: firstPage.at(-1)?.id,
    });

    expect(firstPage.map((thread) => thread.body)).toEqual(['drie', 'twee']);
    expect(secondPage.map((thread) => thread.body)).toEqual(['een']);
    const tooMany = await viewer.graphql(THREADS, { planId: plan.id, first: 1000 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('refuses a comment about nothing, about two things, empty, too long or on another plan’s item', async () => {
    const otherPlan = await createPlan(coordinator.graphql);
    const elsewhere = await createItem(
      coordinator.graphql,
      'Activity',
      activityInput(otherPlan.id),
    );
    const attempt = (input: Record<string, unknown>) =>
      contributor.graphql(CREATE, { input: { planId: plan.id, body: 'Tekst', ...input } });

    const nothing = await attempt({});
    const both = await attempt({ stage: 'QUALITY', targetType: 'Activity', targetId: activity.id });
    const halfTarget = await attempt({ targetId: activity.id });
    const empty = await attempt({ stage: 'QUALITY', body: '   ' });
    const tooLong = await attempt({ stage: 'QUALITY', body: 'x'.repeat(10_001) });
    const otherPlansItem = await attempt({ targetType: 'Activity', targetId: elsewhere.id });
    const wrongType = await attempt({ targetType: 'Indicator', targetId: activity.id });
    const notAnItem = await attempt({ targetType: 'Plan', targetId: plan.id });

    expect(fieldErrorsOf(nothing)).toHaveProperty('stage');
    expect(fieldErrorsOf(both)).toHaveProperty('stage');
    expect(fieldErrorsOf(halfTarget)).toHaveProperty('targetType');
    expect(fieldErrorsOf(empty)).toHaveProperty('body');
    expect(fieldErrorsOf(tooLong)).toHaveProperty('body');
    expect(fieldErrorsOf(otherPlansItem)).toHaveProperty('targetId');
    expect(fieldErrorsOf(wrongType)).toHaveProperty('targetId');
    expect(fieldErrorsOf(notAnItem)).toHaveProperty('targetType');
    for (const refused of [nothing, both, halfTarget, empty, tooLong, otherPlansItem, wrongType]) {
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    }
    const [{ count }] = await sql<{ count: string }>(
      "SELECT count(*) FROM comment WHERE body = 'Tekst'",
    );
    expect(count).toBe('0');
  });

  it('mentions members of the plan, and refuses anyone else', async () => {
    const mentioning = await commented(contributor.graphql, CREATE, {
      ...onStage('QUALITY'),
      mentionUserIds: [viewer.user.id, editor.user.id, viewer.user.id],
    });
    const mentioningOutsider = await contributor.graphql(CREATE, {
      input: { ...onStage('QUALITY'), mentionUserIds: [editor.user.id, outsider.user.id] },
    });
    const replyMentioningOutsider = await contributor.graphql(REPLY, {
      input: { commentId: mentioning.id, body: 'En jij?', mentionUserIds: [outsider.user.id] },
    });

    expect(mentioning.mentions.map((person) => person.userId)).toEqual([
      viewer.user.id,
      editor.user.id,
    ]);
    expect(mentioning.mentions[0]).toMatchObject({
      displayName: expect.any(String),
      organizationId: partner.id,
    });
    for (const refused of [mentioningOutsider, replyMentioningOutsider]) {
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldErrorsOf(refused)?.['mentionUserIds']?.[0]).toContain(outsider.user.id);
    }
  });

  it('lets a viewer read but not comment; a non-member finds nothing; anonymous must sign in', async () => {
    const thread = await commented(editor.graphql, CREATE, onStage('LEARNING'));
    const anonymous = browserSession(api.url).graphql;

    expect((await threads(viewer, { stage: 'LEARNING' })).map((found) => found.id)).toContain(
      thread.id,
    );
    expect(codeOf(await viewer.graphql(CREATE, { input: onStage('LEARNING') }))).toBe('FORBIDDEN');
    expect(
      codeOf(await viewer.graphql(REPLY, { input: { commentId: thread.id, body: 'Ik ook' } })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await viewer.graphql(RESOLVE, { input: { id: thread.id, version: thread.version } })),
    ).toBe('FORBIDDEN');

    const asOutsider = [
      await outsider.graphql(THREADS, { planId: plan.id }),
      await outsider.graphql(THREAD, { id: thread.id }),
      await outsider.graphql(UNREAD, { planId: plan.id }),
      await outsider.graphql(CREATE, { input: onStage('LEARNING') }),
      await outsider.graphql(REPLY, { input: { commentId: thread.id, body: 'Hallo' } }),
      await outsider.graphql(DELETE, { input: { id: thread.id, version: thread.version } }),
      await outsider.graphql(MARK_READ, { input: { planId: plan.id, stage: 'LEARNING' } }),
    ];
    for (const response of asOutsider) {
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.data ?? null).toBeNull();
    }
    expect(codeOf(await anonymous(THREADS, { planId: plan.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await anonymous(CREATE, { input: onStage('LEARNING') }))).toBe('UNAUTHENTICATED');
  });

  it('lets only the author edit; the author or a coordinator delete', async () => {
    const own = await commented(contributor.graphql, CREATE, onStage('SOCIETAL_RESULTS', 'Eerst'));
    const another = await commented(contributor.graphql, CREATE, onStage('SOCIETAL_RESULTS'));

    const editedByOther = await editor.graphql(UPDATE, {
      input: { id: own.id, version: own.version, body: 'Overschreven' },
    });
    const editedByCoordinator = await coordinator.graphql(UPDATE, {
      input: { id: own.id, version: own.version, body: 'Overschreven' },
    });
    const deletedByOther = await editor.graphql(DELETE, {
      input: { id: own.id, version: own.version },
    });
    const edited = await commented(contributor.graphql, UPDATE, {
      id: own.id,
      version: own.version,
      body: 'Daarna',
      mentionUserIds: [editor.user.id],
    });
    const moderated = await commented(coordinator.graphql, DELETE, {
      id: another.id,
      version: another.version,
    });

    expect(codeOf(editedByOther)).toBe('FORBIDDEN');
    expect(codeOf(editedByCoordinator)).toBe('FORBIDDEN');
    expect(codeOf(deletedByOther)).toBe('FORBIDDEN');
    expect(edited).toMatchObject({ version: 2, body: 'Daarna', editedAt: expect.any(String) });
    expect(edited.mentions.map((person) => person.userId)).toEqual([editor.user.id]);
    expect(moderated).toMatchObject({ body: null, deletedAt: expect.any(String) });
  });

  it('deletes softly: the text is gone from the api, the row, its replies and the audit trail stay', async () => {
    const first = await commented(contributor.graphql, CREATE, onStage('YOUTH_SITUATION', 'Weg'));
    const reply = await commented(editor.graphql, REPLY, { commentId: first.id, body: 'Blijft' });
    const alone = await commented(contributor.graphql, CREATE, onStage('YOUTH_SITUATION'));

    const deleted = await commented(contributor.graphql, DELETE, {
      id: first.id,
      version: first.version,
    });
    await commented(contributor.graphql, DELETE, { id: alone.id, version: alone.version });

    expect(deleted).toMatchObject({ body: null, mentions: [], version: 2 });
    expect(deleted.deletedAt).toEqual(expect.any(String));
    // The thread keeps its place for the reply; a thread with nothing left is not listed.
    const listed = await threads(viewer, { stage: 'YOUTH_SITUATION' });
    expect(listed.map((thread) => thread.id)).toEqual([first.id]);
    expect(listed[0]).toMatchObject({ body: null, replies: [{ id: reply.id, body: 'Blijft' }] });
    const { data } = await viewer.graphql<{ commentThread: CommentResult }>(THREAD, {
      id: alone.id,
    });
    expect(data?.commentThread).toMatchObject({ id: alone.id, body: null });

    const [row] = await sql<{ body: string; deleted_at: Date | null }>(
      'SELECT body, deleted_at FROM comment WHERE id = $1',
      [first.id],
    );
    expect(row).toMatchObject({ body: 'Weg', deleted_at: expect.any(Date) });
    const trail = await coordinator.graphql<{
      auditTrail: {
        events: {
          entity: string;
          entityId: string;
          action: string;
          changes: { field: string; before: string | null; after: string | null }[];
        }[];
      };
    }>(
      'query ($planId: ID!) { auditTrail(planId: $planId, first: 200) { events { entity entityId action changes { field before after } } } }',
      { planId: plan.id },
    );
    const events = trail.data?.auditTrail.events.filter((event) => event.entityId === first.id);
    expect(events?.map((event) => event.action)).toEqual(['DELETE', 'CREATE']);
    expect(events?.[0]?.changes.map((change) => change.field)).toEqual(['deletedAt']);
    expect(events?.[1]?.changes).toContainEqual({ field: 'body', before: null, after: '"Weg"' });

    const editDeleted = await contributor.graphql(UPDATE, {
      input: { id: first.id, version: deleted.version, body: 'Terug' },
    });
    const replyToDeleted = await editor.graphql(REPLY, {
      input: { commentId: first.id, body: 'Nog iets' },
    });
    expect(codeOf(editDeleted)).toBe('BAD_USER_INPUT');
    expect(codeOf(replyToDeleted)).toBe('BAD_USER_INPUT');
  });

  it('resolves and reopens a thread through its first comment', async () => {
    const question = await commented(editor.graphql, CREATE, onStage('QUALITY', 'Klopt dit?'));
    const reply = await commented(contributor.graphql, REPLY, {
      commentId: question.id,
      body: 'Ja.',
    });

    const resolved = await commented(contributor.graphql, RESOLVE, {
      id: question.id,
      version: question.version,
    });
    const again = await commented(contributor.graphql, RESOLVE, {
      id: question.id,
      version: resolved.version,
    });
    const openOnes = await threads(viewer, { stage: 'QUALITY', resolved: false });
    const resolvedOnes = await threads(viewer, { stage: 'QUALITY', resolved: true });
    const reopened = await commented(coordinator.graphql, REOPEN, {
      id: question.id,
      version: resolved.version,
    });
    const onReply = await contributor.graphql(RESOLVE, {
      input: { id: reply.id, version: reply.version },
    });

    expect(resolved).toMatchObject({
      version: 2,
      resolvedAt: expect.any(String),
      resolvedBy: { userId: contributor.user.id, organizationId: partner.id },
    });
    // Resolving a resolved thread changes nothing.
    expect(again).toMatchObject({ version: 2, resolvedAt: resolved.resolvedAt });
    expect(openOnes.map((thread) => thread.id)).not.toContain(question.id);
    expect(resolvedOnes.map((thread) => thread.id)).toEqual([question.id]);
    expect(reopened).toMatchObject({ version: 3, resolvedAt: null, resolvedBy: null });
    expect(codeOf(onReply)).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(onReply)).toHaveProperty('id');
  });

  it('reopens a resolved thread when someone replies, audited as reopening', async () => {
    const question = await commented(editor.graphql, CREATE, onStage('QUALITY', 'Is dit af?'));
    const resolved = await commented(editor.graphql, RESOLVE, {
      id: question.id,
      version: question.version,
    });
    // For comparison: reopening by hand.
    const reopened = await commented(coordinator.graphql, REOPEN, {
      id: question.id,
      version: resolved.version,
    });
    await commented(contributor.graphql, RESOLVE, { id: question.id, version: reopened.version });
    const [byHand] = await sql<{ changes: object }>(
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY id LIMIT 1 OFFSET 1`,
      [question.id],
    );

    const reply = await commented(editor.graphql, REPLY, { commentId: question.id, body: 'Nee.' });
    const afterReply = await threadOf(question.id);
    await commented(editor.graphql, RESOLVE, { id: question.id, version: afterReply.version });
    // A reply to a reply, in a resolved thread, too.
    const replyToReply = await commented(contributor.graphql, REPLY, {
      commentId: reply.id,
      body: 'Toch nog een vraag.',
    });
    const afterReplyToReply = await threadOf(question.id);

    for (const thread of [afterReply, afterReplyToReply]) {
      expect(thread).toMatchObject({ resolvedAt: null, resolvedBy: null });
    }
    expect(afterReplyToReply.replies?.map((comment) => comment.id)).toEqual([
      reply.id,
      replyToReply.id,
    ]);
    const trail = await sql<{ entity_id: string; action: string; changes: object }>(
      `SELECT entity_id, action, changes FROM audit_event
        WHERE entity = 'Comment' AND entity_id = ANY($1::uuid[]) ORDER BY id DESC LIMIT 2`,
      [[question.id, replyToReply.id]],
    );
    expect(trail.map((row) => [row.entity_id, row.action])).toEqual([
      [question.id, 'UPDATE'],
      [replyToReply.id, 'CREATE'],
    ]);
    // The same change reopenCommentThread records.
    expect(byHand?.changes).toMatchObject({ resolvedAt: { after: null } });
    expect(Object.keys(trail[0]?.changes ?? {}).sort()).toEqual(
      Object.keys(byHand?.changes ?? {}).sort(),
    );
    expect(trail[0]?.changes).toMatchObject({
      resolvedAt: { before: expect.any(String), after: null },
      resolvedBy: { before: editor.user.id, after: null },
    });
  });

  it('leaves an open thread open when someone replies, and records only the reply', async () => {
    const question = await commented(editor.graphql, CREATE, onStage('QUALITY', 'Nog open?'));

    const reply = await commented(contributor.graphql, REPLY, {
      commentId: question.id,
      body: 'Ja.',
    });

    const [row] = await sql<{ version: number; resolved_at: Date | null }>(
      'SELECT version, resolved_at FROM comment WHERE id = $1',
      [question.id],
    );
    expect(row).toEqual({ version: question.version, resolved_at: null });
    const trail = await sql<{ entity_id: string }>(
      `SELECT entity_id FROM audit_event WHERE entity = 'Comment' ORDER BY id DESC LIMIT 1`,
    );
    expect(trail).toEqual([{ entity_id: reply.id }]);
  });

  it('answers a stale version with CONFLICT, the current comment and who changed it', async () => {
    const comment = await commented(contributor.graphql, CREATE, onStage('LEARNING', 'Versie 1'));
    await commented(contributor.graphql, UPDATE, {
      id: comment.id,
      version: comment.version,
      body: 'Versie 2',
    });

    const staleEdit = await contributor.graphql(UPDATE, {
      input: { id: comment.id, version: comment.version, body: 'Ook versie 2' },
    });
    const staleResolve = await editor.graphql(RESOLVE, {
      input: { id: comment.id, version: comment.version },
    });
    const staleDelete = await contributor.graphql(DELETE, {
      input: { id: comment.id, version: comment.version },
    });

    for (const stale of [staleEdit, staleResolve, staleDelete]) {
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { id: comment.id, version: 2, body: 'Versie 2' },
        changedBy: { userId: contributor.user.id, displayName: expect.any(String) },
      });
    }
    const [row] = await sql<{ body: string; version: number }>(
      'SELECT body, version FROM comment WHERE id = $1',
      [comment.id],
    );
    expect(row).toEqual({ body: 'Versie 2', version: 2 });
  });

  it('counts unread comments of others per bouwsteen and item, until marked read', async () => {
    const quiet = await createPlan(coordinator.graphql, [partner.id]);
    const item = await createItem(coordinator.graphql, 'Activity', activityInput(quiet.id));
    await joinPlan(database.url, quiet.id, contributor.user.id, 'CONTRIBUTOR', partner.id);
    await joinPlan(database.url, quiet.id, viewer.user.id, 'VIEWER', partner.id);
    const counts = async (person: SignedIn) =>
      (
        await person.graphql<{ unreadCommentCounts: Record<string, unknown>[] }>(UNREAD, {
          planId: quiet.id,
        })
      ).data?.unreadCommentCounts;
    const write = (input: Record<string, unknown>) =>
      commented(contributor.graphql, CREATE, { planId: quiet.id, body: 'Nieuw', ...input });

    await write({ stage: 'LEARNING' });
    const thread = await write({ stage: 'LEARNING' });
    await write({ targetType: 'Activity', targetId: item.id });
    await commented(coordinator.graphql, REPLY, { commentId: thread.id, body: 'Antwoord' });
    const removed = await write({ stage: 'LEARNING' });
    await commented(contributor.graphql, DELETE, { id: removed.id, version: removed.version });

    expect(await counts(viewer)).toEqual([
      { stage: 'ACTIVITIES', targetType: 'Activity', targetId: item.id, unread: 1 },
      { stage: 'LEARNING', targetType: null, targetId: null, unread: 3 },
    ]);
    // Their own comments are not unread to them.
    expect(await counts(contributor)).toEqual([
      { stage: 'LEARNING', targetType: null, targetId: null, unread: 1 },
    ]);

    const afterReading = await viewer.graphql<{ markCommentsRead: unknown[] }>(MARK_READ, {
      input: { planId: quiet.id, stage: 'LEARNING' },
    });
    expect(afterReading.data?.markCommentsRead).toEqual([
      { stage: 'ACTIVITIES', targetType: 'Activity', targetId: item.id, unread: 1 },
    ]);
    await viewer.graphql(MARK_READ, { input: { planId: quiet.id, targetId: item.id } });
    expect(await counts(viewer)).toEqual([]);
    // Others' read state is their own.
    expect(await counts(coordinator)).toHaveLength(2);

    await write({ stage: 'LEARNING' });
    expect(await counts(viewer)).toEqual([
      { stage: 'LEARNING', targetType: null, targetId: null, unread: 1 },
    ]);
    const neither = await viewer.graphql(MARK_READ, { input: { planId: quiet.id } });
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
  });

  it('goes out live on planEvents to members, and to nobody else', async () => {
    const socketOf = (person: SignedIn) => {
      const socket = webSocketClient(api.url, person.browser);
      sockets.push(socket);
      return socket;
    };
    const PLAN_EVENTS =
      'subscription ($planId: ID!) { planEvents(planId: $planId) { entity entityId action item } }';
    type Event = {
      planEvents: {
        entity: string;
        entityId: string;
        action: string;
        item: Record<string, unknown>;
      };
    };
    const forViewer = subscribe<Event>(socketOf(viewer), PLAN_EVENTS, { planId: plan.id });
    const forOutsider = subscribe<Event>(socketOf(outsider), PLAN_EVENTS, { planId: plan.id });
    await forOutsider.waitForEnd();
    await new Promise((resolve) => setTimeout(resolve, 150));

    const comment = await commented(contributor.graphql, CREATE, onStage('OUTCOMES', 'Live'));
    await commented(contributor.graphql, DELETE, { id: comment.id, version: comment.version });

    const [created, deleted] = await forViewer.waitFor(2);
    expect(created?.data?.planEvents).toMatchObject({
      entity: 'Comment',
      entityId: comment.id,
      action: 'CREATE',
      item: { __typename: 'Comment', id: comment.id, body: 'Live', stage: 'OUTCOMES' },
    });
    expect(deleted?.data?.planEvents).toMatchObject({
      action: 'DELETE',
      item: { __typename: 'Comment', id: comment.id, body: null, version: 2 },
    });
    expect(forOutsider.received).toEqual([
      {
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
        ],
      },
    ]);
    forViewer.unsubscribe();
  });
});
