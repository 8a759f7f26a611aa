import { joinPlan, SignedIn } from '@oogo/api-access/testing';
import {
  browserSession,
  GraphqlRequest,
  GraphqlResponse,
  subscribe,
  useTestDatabase,
} from '@oogo/api-core/testing';
import { activityInput, createItem, createPlan, Ref } from '@oogo/api-planning/testing';
import { useCollaborationWorld } from '../testing/collaboration-world';

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

describe('comments', () => {
  const world = useCollaborationWorld(database, {
    people: {
      editor: { role: 'EDITOR', organization: 'coordinator' },
      contributor: 'CONTRIBUTOR',
      viewer: 'VIEWER',
      outsider: null,
    },
  });
  let activity: Ref;

  beforeAll(async () => {
    activity = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(world.plan.id),
    );
  });

  const onStage = (stage: string, body = 'Hoe weten we of dit werkt?') => ({
    planId: world.plan.id,
    stage,
    body,
  });

  async function threads(
    person: SignedIn,
    variables: Record<string, unknown>,
  ): Promise<CommentResult[]> {
    const response = await person.graphql<{ comments: CommentResult[] }>(THREADS, {
      planId: world.plan.id,
      ...variables,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.comments;
  }

  async function threadOf(id: string): Promise<CommentResult> {
    const response = await world.viewer.graphql<{ commentThread: CommentResult }>(THREAD, { id });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.commentThread;
  }

  it('starts threads on a bouwsteen and on an item; a reply to a reply joins the thread', async () => {
    const onActivities = await commented(world.contributor.graphql, CREATE, {
      ...onStage('ACTIVITIES', '  Missen we hier niet de kinderopvang?  '),
    });
    const onActivity = await commented(world.editor.graphql, CREATE, {
      planId: world.plan.id,
      targetType: 'Activity',
      targetId: activity.id,
      body: 'Wie voert dit uit?',
    });
    const answer = await commented(world.coordinator.graphql, REPLY, {
      commentId: onActivities.id,
      body: 'Goed punt.',
    });
    const answerToAnswer = await commented(world.contributor.graphql, REPLY, {
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
      author: { userId: world.contributor.user.id, organizationId: world.partner.id },
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

    const [stageThread, ...others] = await threads(world.viewer, { stage: 'ACTIVITIES' });
    expect(others).toEqual([]);
    expect(stageThread?.id).toBe(onActivities.id);
    expect(stageThread?.replies?.map((reply) => reply.body)).toEqual(['Goed punt.', 'Dank je.']);

    expect(
      (await threads(world.viewer, { targetId: activity.id })).map((thread) => thread.id),
    ).toEqual([onActivity.id]);
    // Newest activity first: the bouwsteen's thread had the latest reply.
    expect(
      (await threads(world.viewer, { stage: 'ACTIVITIES', includeItems: true })).map(
        (thread) => thread.id,
      ),
    ).toEqual([onActivities.id, onActivity.id]);

    const { data } = await world.viewer.graphql<{ commentThread: CommentResult }>(THREAD, {
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
      made.push(await commented(world.editor.graphql, CREATE, onStage('OUTCOMES', body)));
    }

    const firstPage = await threads(world.viewer, { stage: 'OUTCOMES', first: 2 });
    const secondPage = await threads(world.viewer, {
      stage: 'OUTCOMES',
      first: 2,
      after: firstPage.at(-1)?.id,
    });

    expect(firstPage.map((thread) => thread.body)).toEqual(['drie', 'twee']);
    expect(secondPage.map((thread) => thread.body)).toEqual(['een']);
    const tooMany = await world.viewer.graphql(THREADS, { planId: world.plan.id, first: 1000 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('refuses a comment about nothing, about two things, empty, too long or on another plan’s item', async () => {
    const otherPlan = await createPlan(world.coordinator.graphql);
    const elsewhere = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(otherPlan.id),
    );
    const attempt = (input: Record<string, unknown>) =>
      world.contributor.graphql(CREATE, {
        input: { planId: world.plan.id, body: 'Tekst', ...input },
      });

    const nothing = await attempt({});
    const both = await attempt({ stage: 'QUALITY', targetType: 'Activity', targetId: activity.id });
    const halfTarget = await attempt({ targetId: activity.id });
    const empty = await attempt({ stage: 'QUALITY', body: '   ' });
    const tooLong = await attempt({ stage: 'QUALITY', body: 'x'.repeat(10_001) });
    const otherPlansItem = await attempt({ targetType: 'Activity', targetId: elsewhere.id });
    const wrongType = await attempt({ targetType: 'Indicator', targetId: activity.id });
    const notAnItem = await attempt({ targetType: 'Plan', targetId: world.plan.id });

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
    const [{ count }] = await world.sql<{ count: string }>(
      "SELECT count(*) FROM comment WHERE body = 'Tekst'",
    );
    expect(count).toBe('0');
  });

  it('mentions members of the plan, and refuses anyone else', async () => {
    const mentioning = await commented(world.contributor.graphql, CREATE, {
      ...onStage('QUALITY'),
      mentionUserIds: [world.viewer.user.id, world.editor.user.id, world.viewer.user.id],
    });
    const mentioningOutsider = await world.contributor.graphql(CREATE, {
      input: {
        ...onStage('QUALITY'),
        mentionUserIds: [world.editor.user.id, world.outsider.user.id],
      },
    });
    const replyMentioningOutsider = await world.contributor.graphql(REPLY, {
      input: {
        commentId: mentioning.id,
        body: 'En jij?',
        mentionUserIds: [world.outsider.user.id],
      },
    });

    expect(mentioning.mentions.map((person) => person.userId)).toEqual([
      world.viewer.user.id,
      world.editor.user.id,
    ]);
    expect(mentioning.mentions[0]).toMatchObject({
      displayName: expect.any(String),
      organizationId: world.partner.id,
    });
    for (const refused of [mentioningOutsider, replyMentioningOutsider]) {
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldErrorsOf(refused)?.['mentionUserIds']?.[0]).toContain(world.outsider.user.id);
    }
  });

  it('lets a viewer read but not comment; a non-member finds nothing; anonymous must sign in', async () => {
    const thread = await commented(world.editor.graphql, CREATE, onStage('LEARNING'));
    const anonymous = browserSession(world.api.url).graphql;

    expect((await threads(world.viewer, { stage: 'LEARNING' })).map((found) => found.id)).toContain(
      thread.id,
    );
    expect(codeOf(await world.viewer.graphql(CREATE, { input: onStage('LEARNING') }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(
        await world.viewer.graphql(REPLY, { input: { commentId: thread.id, body: 'Ik ook' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await world.viewer.graphql(RESOLVE, { input: { id: thread.id, version: thread.version } }),
      ),
    ).toBe('FORBIDDEN');

    const asOutsider = [
      await world.outsider.graphql(THREADS, { planId: world.plan.id }),
      await world.outsider.graphql(THREAD, { id: thread.id }),
      await world.outsider.graphql(UNREAD, { planId: world.plan.id }),
      await world.outsider.graphql(CREATE, { input: onStage('LEARNING') }),
      await world.outsider.graphql(REPLY, { input: { commentId: thread.id, body: 'Hallo' } }),
      await world.outsider.graphql(DELETE, { input: { id: thread.id, version: thread.version } }),
      await world.outsider.graphql(MARK_READ, {
        input: { planId: world.plan.id, stage: 'LEARNING' },
      }),
    ];
    for (const response of asOutsider) {
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.data ?? null).toBeNull();
    }
    expect(codeOf(await anonymous(THREADS, { planId: world.plan.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await anonymous(CREATE, { input: onStage('LEARNING') }))).toBe('UNAUTHENTICATED');
  });

  it('lets only the author edit; the author or a coordinator delete', async () => {
    const own = await commented(
      world.contributor.graphql,
      CREATE,
      onStage('SOCIETAL_RESULTS', 'Eerst'),
    );
    const another = await commented(world.contributor.graphql, CREATE, onStage('SOCIETAL_RESULTS'));

    const editedByOther = await world.editor.graphql(UPDATE, {
      input: { id: own.id, version: own.version, body: 'Overschreven' },
    });
    const editedByCoordinator = await world.coordinator.graphql(UPDATE, {
      input: { id: own.id, version: own.version, body: 'Overschreven' },
    });
    const deletedByOther = await world.editor.graphql(DELETE, {
      input: { id: own.id, version: own.version },
    });
    const edited = await commented(world.contributor.graphql, UPDATE, {
      id: own.id,
      version: own.version,
      body: 'Daarna',
      mentionUserIds: [world.editor.user.id],
    });
    const moderated = await commented(world.coordinator.graphql, DELETE, {
      id: another.id,
      version: another.version,
    });

    expect(codeOf(editedByOther)).toBe('FORBIDDEN');
    expect(codeOf(editedByCoordinator)).toBe('FORBIDDEN');
    expect(codeOf(deletedByOther)).toBe('FORBIDDEN');
    expect(edited).toMatchObject({ version: 2, body: 'Daarna', editedAt: expect.any(String) });
    expect(edited.mentions.map((person) => person.userId)).toEqual([world.editor.user.id]);
    expect(moderated).toMatchObject({ body: null, deletedAt: expect.any(String) });
  });

  it('deletes softly: the text is gone from the api, the row, its replies and the audit trail stay', async () => {
    const first = await commented(
      world.contributor.graphql,
      CREATE,
      onStage('YOUTH_SITUATION', 'Weg'),
    );
    const reply = await commented(world.editor.graphql, REPLY, {
      commentId: first.id,
      body: 'Blijft',
    });
    const alone = await commented(world.contributor.graphql, CREATE, onStage('YOUTH_SITUATION'));

    const deleted = await commented(world.contributor.graphql, DELETE, {
      id: first.id,
      version: first.version,
    });
    await commented(world.contributor.graphql, DELETE, { id: alone.id, version: alone.version });

    expect(deleted).toMatchObject({ body: null, mentions: [], version: 2 });
    expect(deleted.deletedAt).toEqual(expect.any(String));
    // The thread keeps its place for the reply; a thread with nothing left is not listed.
    const listed = await threads(world.viewer, { stage: 'YOUTH_SITUATION' });
    expect(listed.map((thread) => thread.id)).toEqual([first.id]);
    expect(listed[0]).toMatchObject({ body: null, replies: [{ id: reply.id, body: 'Blijft' }] });
    const { data } = await world.viewer.graphql<{ commentThread: CommentResult }>(THREAD, {
      id: alone.id,
    });
    expect(data?.commentThread).toMatchObject({ id: alone.id, body: null });

    const [row] = await world.sql<{ body: string; deleted_at: Date | null }>(
      'SELECT body, deleted_at FROM comment WHERE id = $1',
      [first.id],
    );
    expect(row).toMatchObject({ body: 'Weg', deleted_at: expect.any(Date) });
    const trail = await world.coordinator.graphql<{
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
      { planId: world.plan.id },
    );
    const events = trail.data?.auditTrail.events.filter((event) => event.entityId === first.id);
    expect(events?.map((event) => event.action)).toEqual(['DELETE', 'CREATE']);
    expect(events?.[0]?.changes.map((change) => change.field)).toEqual(['deletedAt']);
    expect(events?.[1]?.changes).toContainEqual({ field: 'body', before: null, after: '"Weg"' });

    const editDeleted = await world.contributor.graphql(UPDATE, {
      input: { id: first.id, version: deleted.version, body: 'Terug' },
    });
    const replyToDeleted = await world.editor.graphql(REPLY, {
      input: { commentId: first.id, body: 'Nog iets' },
    });
    expect(codeOf(editDeleted)).toBe('BAD_USER_INPUT');
    expect(codeOf(replyToDeleted)).toBe('BAD_USER_INPUT');
  });

  it('resolves and reopens a thread through its first comment', async () => {
    const question = await commented(
      world.editor.graphql,
      CREATE,
      onStage('QUALITY', 'Klopt dit?'),
    );
    const reply = await commented(world.contributor.graphql, REPLY, {
      commentId: question.id,
      body: 'Ja.',
    });

    const resolved = await commented(world.contributor.graphql, RESOLVE, {
      id: question.id,
      version: question.version,
    });
    const again = await commented(world.contributor.graphql, RESOLVE, {
      id: question.id,
      version: resolved.version,
    });
    const openOnes = await threads(world.viewer, { stage: 'QUALITY', resolved: false });
    const resolvedOnes = await threads(world.viewer, { stage: 'QUALITY', resolved: true });
    const reopened = await commented(world.coordinator.graphql, REOPEN, {
      id: question.id,
      version: resolved.version,
    });
    const onReply = await world.contributor.graphql(RESOLVE, {
      input: { id: reply.id, version: reply.version },
    });

    expect(resolved).toMatchObject({
      version: 2,
      resolvedAt: expect.any(String),
      resolvedBy: { userId: world.contributor.user.id, organizationId: world.partner.id },
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
    const question = await commented(
      world.editor.graphql,
      CREATE,
      onStage('QUALITY', 'Is dit af?'),
    );
    const resolved = await commented(world.editor.graphql, RESOLVE, {
      id: question.id,
      version: question.version,
    });
    // For comparison: reopening by hand.
    const reopened = await commented(world.coordinator.graphql, REOPEN, {
      id: question.id,
      version: resolved.version,
    });
    await commented(world.contributor.graphql, RESOLVE, {
      id: question.id,
      version: reopened.version,
    });
    const [byHand] = await world.sql<{ changes: object }>(
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY id LIMIT 1 OFFSET 1`,
      [question.id],
    );

    const reply = await commented(world.editor.graphql, REPLY, {
      commentId: question.id,
      body: 'Nee.',
    });
    const afterReply = await threadOf(question.id);
    await commented(world.editor.graphql, RESOLVE, {
      id: question.id,
      version: afterReply.version,
    });
    // A reply to a reply, in a resolved thread, too.
    const replyToReply = await commented(world.contributor.graphql, REPLY, {
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
    const trail = await world.sql<{ entity_id: string; action: string; changes: object }>(
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
      resolvedBy: { before: world.editor.user.id, after: null },
    });
  });

  it('leaves an open thread open when someone replies, and records only the reply', async () => {
    const question = await commented(world.editor.graphql, CREATE, onStage('QUALITY', 'Nog open?'));

    const reply = await commented(world.contributor.graphql, REPLY, {
      commentId: question.id,
      body: 'Ja.',
    });

    const [row] = await world.sql<{ version: number; resolved_at: Date | null }>(
      'SELECT version, resolved_at FROM comment WHERE id = $1',
      [question.id],
    );
    expect(row).toEqual({ version: question.version, resolved_at: null });
    const trail = await world.sql<{ entity_id: string }>(
      `SELECT entity_id FROM audit_event WHERE entity = 'Comment' ORDER BY id DESC LIMIT 1`,
    );
    expect(trail).toEqual([{ entity_id: reply.id }]);
  });

  it('answers a stale version with CONFLICT, the current comment and who changed it', async () => {
    const comment = await commented(
      world.contributor.graphql,
      CREATE,
      onStage('LEARNING', 'Versie 1'),
    );
    await commented(world.contributor.graphql, UPDATE, {
      id: comment.id,
      version: comment.version,
      body: 'Versie 2',
    });

    const staleEdit = await world.contributor.graphql(UPDATE, {
      input: { id: comment.id, version: comment.version, body: 'Ook versie 2' },
    });
    const staleResolve = await world.editor.graphql(RESOLVE, {
      input: { id: comment.id, version: comment.version },
    });
    const staleDelete = await world.contributor.graphql(DELETE, {
      input: { id: comment.id, version: comment.version },
    });

    for (const stale of [staleEdit, staleResolve, staleDelete]) {
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { id: comment.id, version: 2, body: 'Versie 2' },
        changedBy: { userId: world.contributor.user.id, displayName: expect.any(String) },
      });
    }
    const [row] = await world.sql<{ body: string; version: number }>(
      'SELECT body, version FROM comment WHERE id = $1',
      [comment.id],
    );
    expect(row).toEqual({ body: 'Versie 2', version: 2 });
  });

  it('counts unread comments of others per bouwsteen and item, until marked read', async () => {
    const quiet = await createPlan(world.coordinator.graphql, [world.partner.id]);
    const item = await createItem(world.coordinator.graphql, 'Activity', activityInput(quiet.id));
    await joinPlan(
      database.url,
      quiet.id,
      world.contributor.user.id,
      'CONTRIBUTOR',
      world.partner.id,
    );
    await joinPlan(database.url, quiet.id, world.viewer.user.id, 'VIEWER', world.partner.id);
    const counts = async (person: SignedIn) =>
      (
        await person.graphql<{ unreadCommentCounts: Record<string, unknown>[] }>(UNREAD, {
          planId: quiet.id,
        })
      ).data?.unreadCommentCounts;
    const write = (input: Record<string, unknown>) =>
      commented(world.contributor.graphql, CREATE, { planId: quiet.id, body: 'Nieuw', ...input });

    await write({ stage: 'LEARNING' });
    const thread = await write({ stage: 'LEARNING' });
    await write({ targetType: 'Activity', targetId: item.id });
    await commented(world.coordinator.graphql, REPLY, { commentId: thread.id, body: 'Antwoord' });
    const removed = await write({ stage: 'LEARNING' });
    await commented(world.contributor.graphql, DELETE, {
      id: removed.id,
      version: removed.version,
    });

    expect(await counts(world.viewer)).toEqual([
      { stage: 'ACTIVITIES', targetType: 'Activity', targetId: item.id, unread: 1 },
      { stage: 'LEARNING', targetType: null, targetId: null, unread: 3 },
    ]);
    // Their own comments are not unread to them.
    expect(await counts(world.contributor)).toEqual([
      { stage: 'LEARNING', targetType: null, targetId: null, unread: 1 },
    ]);

    const afterReading = await world.viewer.graphql<{ markCommentsRead: unknown[] }>(MARK_READ, {
      input: { planId: quiet.id, stage: 'LEARNING' },
    });
    expect(afterReading.data?.markCommentsRead).toEqual([
      { stage: 'ACTIVITIES', targetType: 'Activity', targetId: item.id, unread: 1 },
    ]);
    await world.viewer.graphql(MARK_READ, { input: { planId: quiet.id, targetId: item.id } });
    expect(await counts(world.viewer)).toEqual([]);
    // Others' read state is their own.
    expect(await counts(world.coordinator)).toHaveLength(2);

    await write({ stage: 'LEARNING' });
    expect(await counts(world.viewer)).toEqual([
      { stage: 'LEARNING', targetType: null, targetId: null, unread: 1 },
    ]);
    const neither = await world.viewer.graphql(MARK_READ, { input: { planId: quiet.id } });
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
  });

  it('goes out live on planEvents to members, and to nobody else', async () => {
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
    const forViewer = subscribe<Event>(world.socketFor(world.viewer), PLAN_EVENTS, {
      planId: world.plan.id,
    });
    const forOutsider = subscribe<Event>(world.socketFor(world.outsider), PLAN_EVENTS, {
      planId: world.plan.id,
    });
    await forOutsider.waitForEnd();
    await new Promise((resolve) => setTimeout(resolve, 150));

    const comment = await commented(world.contributor.graphql, CREATE, onStage('OUTCOMES', 'Live'));
    await commented(world.contributor.graphql, DELETE, {
      id: comment.id,
      version: comment.version,
    });

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
