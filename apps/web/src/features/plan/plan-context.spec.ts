import { planAccessOf } from './plan-context';

const member = (userId: string, role: string, organizationId: string) => ({
  __typename: 'PlanMember' as const,
  id: `${userId}-${organizationId}`,
  userId,
  role: role as never,
  organization: { __typename: 'Organization' as const, id: organizationId, name: organizationId },
});

describe('planAccessOf', () => {
  const members = [
    member('coordinator', 'COORDINATOR', 'gemeente'),
    member('editor', 'EDITOR', 'school'),
    member('partner', 'CONTRIBUTOR', 'jeugdhulp'),
    member('reader', 'VIEWER', 'ggd'),
  ];

  it('lets coordinators and editors edit everything; only coordinators manage', () => {
    expect(planAccessOf(members, 'coordinator')).toMatchObject({
      role: 'COORDINATOR',
      canManage: true,
    });
    expect(planAccessOf(members, 'coordinator').canEdit('school')).toBe(true);
    expect(planAccessOf(members, 'editor').canEdit(null)).toBe(true);
    expect(planAccessOf(members, 'editor').canManage).toBe(false);
  });

  it('lets a contributor edit only its own organisation’s items, and comment', () => {
    const access = planAccessOf(members, 'partner');
    expect(access.canEdit('jeugdhulp')).toBe(true);
    expect(access.canEdit('gemeente')).toBe(false);
    expect(access.canEdit(null)).toBe(false);
    expect(access.canComment).toBe(true);
  });

  it('lets a viewer read only', () => {
    const access = planAccessOf(members, 'reader');
    expect(access).toMatchObject({ role: 'VIEWER', canComment: false, canManage: false });
    expect(access.canEdit('ggd')).toBe(false);
  });

  it('takes the strongest role of someone in the plan for two organisations', () => {
    const access = planAccessOf([...members, member('editor', 'VIEWER', 'gemeente')], 'editor');
    expect(access.role).toBe('EDITOR');
    expect(access.organizationIds).toEqual(['school', 'gemeente']);
  });
});
