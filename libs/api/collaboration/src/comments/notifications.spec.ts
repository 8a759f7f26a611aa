import type { SignedIn } from '@oogo/api-access/testing';
import { GraphqlRequest, subscribe, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { settle, useCollaborationWorld } from '../testing/collaboration-world';

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

describe('notifications of mentions and replies', () => {
  const world = useCollaborationWorld(database, {
    instances: 2,
    people: {
      editor: { role: 'EDITOR', organization: 'coordinator' },
      contributor: 'CONTRIBUTOR',
      viewer: 'VIEWER',
    },
  });
  /** A second api instance on the same database, as behind a load balancer. */
  let otherApi: TestApi;
  beforeAll(() => (otherApi = world.apis[1] as TestApi));

  function notificationsOf(person: SignedIn | undefined, on: TestApi = world.api) {
    const socket = world.socketFor(person, on);
    return subscribe<{ notificationAdded: NotificationResult }>(socket, NOTIFICATION_ADDED);
  }

  it('notifies the mentioned, and the earlier writers of a thread of a reply, once each', async () => {
    const question = await commented(world.contributor.graphql, CREATE, {
      planId: world.plan.id,
      stage: 'SOCIETAL_RESULTS',
      body: 'Wat vinden jullie van dit resultaat?',
      mentionUserIds: [world.viewer.user.id, world.editor.user.id, world.contributor.user.id],
    });
    // The contributor wrote in the thread and is mentioned: one notification, a mention.
    const answer = await commented(world.editor.graphql, REPLY, {
      commentId: question.id,
      body: 'Helder, maar de streefwaarde mist.',
      mentionUserIds: [world.contributor.user.id],
    });
    const lastWord = await commented(world.coordinator.graphql, REPLY, {
      commentId: answer.id,
      body: 'Ik vul hem aan.',
    });

    const forContributor = await inbox(world.contributor);
    const forEditor = await inbox(world.editor);
    const forViewer = await inbox(world.viewer);
    const forCoordinator = await inbox(world.coordinator);

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
      planId: world.plan.id,
      planTitle: expect.any(String),
      readAt: null,
      comment: {
        threadId: question.id,
        author: { userId: world.contributor.user.id },
        replies: [{ id: answer.id }, { id: lastWord.id }],
      },
    });
    expect(forContributor.unreadNotificationCount).toBe(2);
  });

  it('marks notifications read one by one, or with the comments they are about', async () => {
    const question = await commented(world.contributor.graphql, CREATE, {
      planId: world.plan.id,
      stage: 'QUALITY',
      body: 'Kijk je even mee?',
      mentionUserIds: [world.viewer.user.id],
    });
    const elsewhere = await commented(world.contributor.graphql, CREATE, {
      planId: world.plan.id,
      stage: 'OUTCOMES',
      body: 'En hier?',
      mentionUserIds: [world.viewer.user.id],
    });
    const before = await inbox(world.viewer, true);
    const mentionOf = (commentId: string) =>
      before.notifications.find((n) => n.comment.id === commentId) as NotificationResult;

    // Someone else's notification is not theirs to mark.
    await world.editor.graphql<{ markNotificationsRead: number }>(
      'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      { input: { ids: [mentionOf(question.id).id] } },
    );
    expect((await inbox(world.viewer, true)).unreadNotificationCount).toBe(
      before.unreadNotificationCount,
    );
    const marked = await world.viewer.graphql<{ markNotificationsRead: number }>(
      'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      { input: { ids: [mentionOf(question.id).id] } },
    );
    await world.viewer.graphql(
      'mutation ($input: MarkCommentsReadInput!) { markCommentsRead(input: $input) { unread } }',
      { input: { planId: world.plan.id, stage: 'OUTCOMES' } },
    );
    const after = await inbox(world.viewer, true);

    expect(marked.data?.markNotificationsRead).toBe(before.unreadNotificationCount - 1);
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount - 2);
    expect(after.notifications.map((n) => n.comment.id)).not.toContain(question.id);
    expect(after.notifications.map((n) => n.comment.id)).not.toContain(elsewhere.id);
    const invalid = await world.viewer.graphql(
      'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      { input: { ids: ['not-an-id'] } },
    );
    expect(invalid.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('delivers a mention live over WebSocket, on this and on another api instance', async () => {
    const here = notificationsOf(world.editor);
    const there = notificationsOf(world.editor, otherApi);
    const forViewer = notificationsOf(world.viewer, otherApi);
    await settle();

    const mention = await commented(world.contributor.graphql, CREATE, {
      planId: world.plan.id,
      stage: 'LEARNING',
      body: 'Kun jij dit oppakken?',
      mentionUserIds: [world.editor.user.id],
    });

    const [[onThisInstance], [onTheOther]] = await Promise.all([here.waitFor(1), there.waitFor(1)]);
    for (const received of [onThisInstance, onTheOther]) {
      expect(received?.data?.notificationAdded).toMatchObject({
        kind: 'MENTION',
        planId: world.plan.id,
        readAt: null,
        comment: { id: mention.id, body: 'Kun jij dit oppakken?', replies: [] },
      });
    }

    // A mention added by editing reaches the newly mentioned only.
    await commented(world.contributor.graphql, UPDATE, {
      id: mention.id,
      version: mention.version,
      mentionUserIds: [world.editor.user.id, world.viewer.user.id],
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
    const leaving = await world.member('EDITOR', world.plan.organizationId);
    const live = notificationsOf(leaving);
    const anonymous = notificationsOf(undefined);
    await anonymous.waitForEnd();
    await settle();
    await commented(world.contributor.graphql, CREATE, {
      planId: world.plan.id,
      stage: 'ACTIVITIES',
      body: 'Voor jou',
      mentionUserIds: [leaving.user.id],
    });
    await live.waitFor(1);
    expect((await inbox(leaving)).notifications).toHaveLength(1);

    await world.sql('DELETE FROM membership WHERE plan_id = $1 AND user_id = $2', [
      world.plan.id,
      leaving.user.id,
    ]);
    // Announced again, as a mention committed just before they left would be.
    await world.sql(
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
