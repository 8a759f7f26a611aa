import { useQuery } from '@apollo/client/react';
import type { PlanRole } from '@oogo/shared-domain';
import { useMemo } from 'react';
import { useViewer } from '../auth/viewer';
import { MentionableMembersQuery, UnreadCommentCountsQuery } from './comments.operations';
import type { Mentionable } from './mentions';

/** Roles that may write comments (the api's rule: CONTRIBUTOR and up; a VIEWER reads). */
const WRITERS: readonly PlanRole[] = ['COORDINATOR', 'EDITOR', 'CONTRIBUTOR'];

export interface CommentRights {
  /** Still loading who takes part. */
  loading: boolean;
  viewerId: string | undefined;
  canComment: boolean;
  /** A coordinator may delete anyone's comment (moderation). */
  canModerate: boolean;
  /** The others in the plan, to @mention. */
  mentionable: Mentionable[];
}

/** Who the signed-in person is in this plan: may they comment, and whom can they mention. */
export function useCommentRights(planId: string): CommentRights {
  const { data: viewerData } = useViewer();
  const { data, loading } = useQuery(MentionableMembersQuery, { variables: { planId } });
  const viewerId = viewerData?.viewer?.id;
  return useMemo(() => {
    const members = data?.plan.members ?? [];
    const role = members.find((member) => member.userId === viewerId)?.role;
    return {
      loading: loading && !data,
      viewerId,
      canComment: role !== undefined && WRITERS.includes(role),
      canModerate: role === 'COORDINATOR',
      mentionable: members
        .filter((member) => member.userId !== viewerId)
        .map((member) => ({
          userId: member.userId,
          displayName: member.displayName,
          organizationName: member.organization.name,
        })),
    };
  }, [data, loading, viewerId]);
}

/** The signed-in person's unread comments in the plan, per place; shared by every badge. */
export function useUnreadCommentCounts(planId: string) {
  const { data } = useQuery(UnreadCommentCountsQuery, { variables: { planId } });
  return data?.unreadCommentCounts ?? [];
}
