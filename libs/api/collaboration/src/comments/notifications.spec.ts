import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import {
  browserSession,
  GraphqlRequest,
  startTestApi,
  subscribe,
  TestApi,
  useTestDatabase,
  webSocketClient,
} from '@oogo/api-core/testing';
import { PlanningModule } from '@oogo/api-planning';
import { createOrganization, createPlan, PlanRef, Ref } from '@oogo/api-planning/testing';
import type { Client as WebSocketClient } from 'graphql-ws';
import { Client } from 'pg';
import { CollaborationModule } from '../collaboration.module';

const database = useTestDatabase();

const NOTIFICATION = `id kind planId planTitle createdAt readAt
  comment { id threadId body author { userId } replies { id } }`;
const NOTIFICATIONS = `query ($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { ${NOTIFICATION} } unreadNotificationCount }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { ${NOTIFICATION} } }`;
const CREATE =
  'mutation ($input: CreateCommentInput!) { comment: createComment(input: $input) { id version threadId } }';
const REPLY =
  'mutation ($input: ReplyToCommentInput!) { comment: replyToComment(input: $input) { id version threadId } }';
const UPDATE =
  'mutation ($input: UpdateCommentInput!) { comment: updateComment(input: $input) { id version } }';

interface NotificationResult {
  id: string;
  kind: 'MENTION' | 'REPLY';
  planId: string;
  planTitle: string;
  readAt: string | null;
  comment: { id: string; threadId: string; body: string | null; replies: { id: string }[] };
}

interface CommentRef {
  id: string;
  version: number;
  threadId: string;
}

async function commented(
  graphql: GraphqlRequest,
  mutation: string,
  input: Record<string, unknown>,
): Promise<CommentRef> {
  const response = await graphql<{ comment: CommentRef }>(mutation, { input });
  if (!response.data) throw new Error(`Mutation failed: ${JSON.stringify(response.errors)}`);
  return response.data.comment;
}

async function inbox(
  person: SignedIn,
  unreadOnly = false,
): Promise<{ notifications: NotificationResult[]; unreadNotificationCount: number }> {
  const response = await person.graphql<{
    notifications: NotificationResult[];
    unreadNotificationCount: number;
  }>(NOTIFICATIONS, { unreadOnly });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function sql(query: string, values: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query(query, values).finally(() => client.end());
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('notifications of mentions and replies', () => {
  let api: TestApi;
  /** A second api instance on the same database, as behind a load balancer. */
  let otherApi: TestApi;
  let plan: PlanRef;
  let partner: Ref;
  let coordinator: SignedIn;
  let editor: SignedIn;
  let contributor: SignedIn;
  let viewer: SignedIn;
  const sockets: WebSocketClient[] = [];

  const modules = [AccessModule, PlanningModule, CollaborationModule];

  beforeAll(async () => {
    [api, otherApi] = await Promise.all([
      startTestApi(database.url, modules),
      startTestApi(database.url, modules),
    ]);
    coordinator = await signIn(api.url, database.url);
    partner = await createOrganization(coordinator.graphql, 'PARTNER');
    plan = await createPlan(coordinator.graphql, [partner.id]);
    [editor, contributor, viewer] = await Promise.all(
      [1, 2, 3].map(() => signIn(api.url, database.url)),
    );
    await joinPlan(database.url, plan.id, editor.user.id, 'EDITOR', plan.organizationId);
    await joinPlan(database.url, plan.id, contributor.user.id, 'CONTRIBUTOR', partner.id);
    await joinPlan(database.url, plan.id, viewer.user.id, 'VIEWER', partner.id);
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await Promise.all([api?.close(), otherApi?.close()]);
  });

  function notificationsOf(person: SignedIn | undefined, on: TestApi = api) {
    const socket = webSocketClient(on.url, person?.browser ?? browserSession(on.url));
    sockets.push(socket);
    return subscribe<{ notificationAdded: NotificationResult }>(socket, NOTIFICATION_ADDED);
  }

  it('notifies the mentioned, and the earlier writers of a thread of a reply, once each', async () => {
    const question = await commented(contributor.graphql, CREATE, {
      planId: plan.id,
      stage: 'SOCIETAL_RESULTS',
      body: 'Wat vinden jullie van dit resultaat?',
      mentionUserIds: [viewer.user.id, editor.user.id, contributor.user.id],
    });
    // The contributor wrote in the thread and is mentioned: one notification, a mention.
    const answer = await commented(editor.graphql, REPLY, {
      commentId: question.id,
      body: 'Helder, maar de streefwaarde mist.',
      mentionUserIds: [contributor.user.id],
    });
    const lastWord = await commented(coordinator.graphql, REPLY, {
      commentId: answer.id,
      body: 'Ik vul hem aan.',
    });

    const forContributor = await inbox(contributor);
    const forEditor = await inbox(editor);
    const forViewer = await inbox(viewer);
    const forCoordinator = await inbox(coordinator);

    expect(forContributor.notifications.map((n) => [n.kind, n.comment.id])).toEqual([
      ['REPLY', lastWord.id],
      ['MENTION', answer.id],
    ]);
    expect(forEditor.notifications.map((n) => [n.kind, n.comment.id])).toEqual([
      ['REPLY', lastWord.id],
      ['MENTION', question.id],
    ]);
    // Mentioned in the question, never wrote in the thread: no reply notifications.
    expect(forViewer.notifications.map((n) => [n.kind, n.comment.id])).toEqual([
      ['MENTION', question.id],
    ]);
    expect(forCoordinator.notifications).toEqual([]);
    expect(forViewer.notifications[0]).toMatchObject({
      planId: plan.id,
      planTitle: expect.any(String),
      readAt: null,
      comment: {
        threadId: question.id,
        author: { userId: contributor.user.id },
        replies: [{ id: answer.id }, { id: lastWord.id }],
      },
    });
    expect(forContributor.unreadNotificationCount).toBe(2);
  });

  it('marks notifications read one by one, or with the comments they are about', async () => {
    const question = await commented(contributor.graphql, CREATE, {
      planId: plan.id,
      stage: 'QUALITY',
      body: 'Kijk je even mee?',
      mentionUserIds: [viewer.user.id],
    });
    const elsewhere = await commented(contributor.graphql, CREATE, {
      planId: plan.id,
      stage: 'OUTCOMES',
      body: 'En hier?',
      mentionUserIds: [viewer.user.id],
    });
    const before = await inbox(viewer, true);
    const mentionOf = (commentId: string) =>
      before.notifications.find((n) => n.comment.id === commentId) as NotificationResult;

    // Someone else's notification is not theirs to mark.
    await editor.graphql<{ markNotificationsRead: number }>(
      'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      { input: { ids: [mentionOf(question.id).id] } },
    );
    expect((await inbox(viewer, true)).unreadNotificationCount).toBe(
      before.unreadNotificationCount,
    );
    const marked = await viewer.graphql<{ markNotificationsRead: number }>(
      'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      { input: { ids: [mentionOf(question.id).id] } },
    );
    await viewer.graphql(
      'mutation ($input: MarkCommentsReadInput!) { markCommentsRead(input: $input) { unread } }',
      { input: { planId: plan.id, stage: 'OUTCOMES' } },
    );
    const after = await inbox(viewer, true);

    expect(marked.data?.markNotificationsRead).toBe(before.unreadNotificationCount - 1);
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount - 2);
    expect(after.notifications.map((n) => n.comment.id)).not.toContain(question.id);
    expect(after.notifications.map((n) => n.comment.id)).not.toContain(elsewhere.id);
    const invalid = await viewer.graphql(
      'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      { input: { ids: ['not-an-id'] } },
    );
    expect(invalid.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('delivers a mention live over WebSocket, on this and on another api instance', async () => {
    const here = notificationsOf(editor);
    const there = notificationsOf(editor, otherApi);
    const forViewer = notificationsOf(viewer, otherApi);
    await settle();

    const mention = await commented(contributor.graphql, CREATE, {
      planId: plan.id,
      stage: 'LEARNING',
      body: 'Kun jij dit oppakken?',
      mentionUserIds: [editor.user.id],
    });

    const [[onThisInstance], [onTheOther]] = await Promise.all([here.waitFor(1), there.waitFor(1)]);
    for (const received of [onThisInstance, onTheOther]) {
      expect(received?.data?.notificationAdded).toMatchObject({
        kind: 'MENTION',
        planId: plan.id,
        readAt: null,
        comment: { id: mention.id, body: 'Kun jij dit oppakken?', replies: [] },
      });
    }

    // A mention added by editing reaches the newly mentioned only.
    await commented(contributor.graphql, UPDATE, {
      id: mention.id,
      version: mention.version,
      mentionUserIds: [editor.user.id, viewer.user.id],
    });
    const [forTheViewer] = await forViewer.waitFor(1);
    expect(forTheViewer?.data?.notificationAdded).toMatchObject({
      kind: 'MENTION',
      comment: { id: mention.id },
    });
    await settle();
    expect(here.received).toHaveLength(1);
    expect(there.received).toHaveLength(1);
    for (const subscription of [here, there, forViewer]) subscription.unsubscribe();
  });

  it('delivers nothing of a plan to someone who left it, and nothing to an anonymous caller', async () => {
    const leaving = await signIn(api.url, database.url);
    await joinPlan(database.url, plan.id, leaving.user.id, 'EDITOR', plan.organizationId);
    const live = notificationsOf(leaving);
    const anonymous = notificationsOf(undefined);
    await anonymous.waitForEnd();
    await settle();
    await commented(contributor.graphql, CREATE, {
      planId: plan.id,
      stage: 'ACTIVITIES',
      body: 'Voor jou',
      mentionUserIds: [leaving.user.id],
    });
    await live.waitFor(1);
    expect((await inbox(leaving)).notifications).toHaveLength(1);

    await sql('DELETE FROM membership WHERE plan_id = $1 AND user_id = $2', [
      plan.id,
      leaving.user.id,
    ]);
    // Announced again, as a mention committed just before they left would be.
    await sql(
      "SELECT pg_notify('user_notification', user_id::text || ':' || id::text) FROM notification WHERE user_id = $1",
      [leaving.user.id],
    );
    await settle();

    expect((await inbox(leaving)).notifications).toEqual([]);
    expect(live.received).toHaveLength(1);
    expect(anonymous.received[0]?.errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');
    live.unsubscribe();
  });
});
