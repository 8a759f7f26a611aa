import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { PlanRole } from '@oogo/shared-domain';
import { graphql, type PlanMembersQuery } from '@oogo/web-data-access';
import {
  Alert,
  Button,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField } from '../../ui/form-field';
import { errorCodeOf, errorDetailsOf, showServerFieldErrors } from '../../ui/graphql-errors';
import { emailSchema } from '../../ui/input-schemas';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { ConfirmButton } from '../editing/confirm-button';
import { usePlan } from '../plan/plan-context';
import './members.nl';

const PlanMembersQueryDocument = graphql(`
  query PlanMembers($id: ID!, $withInvitations: Boolean!) {
    plan(id: $id) {
      id
      members {
        id
        userId
        displayName
        email
        role
        since
        organization {
          id
          name
        }
      }
      invitations @include(if: $withInvitations) {
        id
        email
        role
        expiresAt
        invitedByName
        organization {
          id
          name
        }
      }
    }
    viewer {
      id
    }
  }
`);

const ChangeRole = graphql(`
  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {
    changePlanMemberRole(input: $input) {
      id
      role
    }
  }
`);

const RemoveMember = graphql(`
  mutation RemovePlanMember($input: RemovePlanMemberInput!) {
    removePlanMember(input: $input)
  }
`);

const InviteMember = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      mailed
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input)
  }
`);

type Member = PlanMembersQuery['plan']['members'][number];
const ROLES = Object.values(PlanRole);

/** `/plannen/<id>/deelnemers`: who takes part; coordinators invite, change roles, remove. */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const plan = usePlan();
  const manage = plan.access.canManage;
  useDocumentTitle(`${t('members.title')} – ${plan.title}`);
  const { data, loading, error, refetch } = useQuery(PlanMembersQueryDocument, {
    variables: { id: plan.id, withInvitations: manage },
  });
  const [changeRole] = useMutation(ChangeRole);
  const [removeMember] = useMutation(RemoveMember, {
    refetchQueries: ['PlanMembers', 'PlanHeader'],
  });
  const [revoke] = useMutation(RevokeInvitation, { refetchQueries: ['PlanMembers'] });
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const date = (value: string) => new Date(value).toLocaleDateString(i18n.language);
  const failure = (cause: unknown) => {
    const reason = errorDetailsOf<{ reason?: string }>(cause)?.reason;
    setMessage({
      type: 'error',
      text:
        reason === 'LAST_COORDINATOR'
          ? t('members.lastCoordinator')
          : t(`errors.${errorCodeOf(cause)}`),
    });
  };

  async function onRoleChange(member: Member, role: PlanRole) {
    setMessage(null);
    try {
      await changeRole({ variables: { input: { planId: plan.id, userId: member.userId, role } } });
      setMessage({
        type: 'ok',
        text: t('members.roleChanged', {
          name: member.displayName,
          role: t(`vocabulary.planRole.${role}`),
        }),
      });
    } catch (cause) {
      failure(cause);
    }
  }

  return (
    <>
      <Heading2 className="oogo-page-title">{t('members.title')}</Heading2>
      <Paragraph>{manage ? t('members.introCoordinator') : t('members.intro')}</Paragraph>
      <div role="status" aria-live="polite">
        {message && (
          <Alert type={message.type} role={message.type === 'error' ? 'alert' : undefined}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="oogo-table-scroll">
        <Table>
          <TableCaption>{t('members.tableCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('members.name')}</TableHeaderCell>
              {manage && <TableHeaderCell scope="col">{t('members.email')}</TableHeaderCell>}
              <TableHeaderCell scope="col">{t('members.organization')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('members.since')}</TableHeaderCell>
              {manage && <TableHeaderCell scope="col">{t('members.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.plan.members.map((member) => (
              <TableRow key={member.id}>
                <TableHeaderCell scope="row">
                  {member.displayName} {member.userId === data.viewer?.id && t('members.you')}
                </TableHeaderCell>
                {manage && <TableCell>{member.email}</TableCell>}
                <TableCell>{member.organization.name}</TableCell>
                <TableCell>
                  {manage ? (
                    <>
                      <FormLabel htmlFor={`role-${member.id}`} className="oogo-visually-hidden">
                        {t('members.changeRoleOf', { name: member.displayName })}
                      </FormLabel>
                      <Select
                        id={`role-${member.id}`}
                        value={member.role}
                        onChange={(event) =>
                          void onRoleChange(member, event.target.value as PlanRole)
                        }
                      >
                        {ROLES.map((role) => (
                          <SelectOption key={role} value={role}>
                            {t(`vocabulary.planRole.${role}`)}
                          </SelectOption>
                        ))}
                      </Select>
                    </>
                  ) : (
                    t(`vocabulary.planRole.${member.role}`)
                  )}
                </TableCell>
                <TableCell>{date(member.since)}</TableCell>
                {manage && (
                  <TableCell>
                    <ConfirmButton
                      danger
                      label={t('members.remove')}
                      accessibleLabel={t('members.removeLabel', { name: member.displayName })}
                      question={t('members.removeQuestion', { name: member.displayName })}
                      confirmLabel={t('members.removeConfirm')}
                      onConfirm={() =>
                        removeMember({
                          variables: { input: { planId: plan.id, userId: member.userId } },
                        })
                          .then(() =>
                            setMessage({
                              type: 'ok',
                              text: t('members.removed', { name: member.displayName }),
                            }),
                          )
                          .catch(failure)
                      }
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      {manage && (
        <>
          <InviteForm onInvited={(text) => setMessage({ type: 'ok', text })} />
          <Heading3>{t('members.pendingTitle')}</Heading3>
          {!data.plan.invitations?.length ? (
            <EmptyState>{t('members.pendingEmpty')}</EmptyState>
          ) : (
            <div className="oogo-table-scroll">
              <Table>
                <TableCaption>{t('members.pendingCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('members.email')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.organization')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.role')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.invitedBy')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.expires')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('members.actions')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.plan.invitations.map((invitation) => (
                    <TableRow key={invitation.id}>
                      <TableHeaderCell scope="row">{invitation.email}</TableHeaderCell>
                      <TableCell>{invitation.organization.name}</TableCell>
                      <TableCell>{t(`vocabulary.planRole.${invitation.role}`)}</TableCell>
                      <TableCell>{invitation.invitedByName ?? '—'}</TableCell>
                      <TableCell>{date(invitation.expiresAt)}</TableCell>
                      <TableCell>
                        <ConfirmButton
                          danger
                          label={t('members.revoke')}
                          accessibleLabel={t('members.revokeLabel', { email: invitation.email })}
                          question={t('members.revokeQuestion', { email: invitation.email })}
                          confirmLabel={t('members.revokeConfirm')}
                          onConfirm={() => revoke({ variables: { input: { id: invitation.id } } })}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </>
  );
}

function InviteForm({ onInvited }: { onInvited: (message: string) => void }) {
  const { t } = useTranslation();
  const plan = usePlan();
  const [invite] = useMutation(InviteMember, { refetchQueries: ['PlanMembers'] });
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        email: emailSchema(t),
        organizationId: z.string().min(1, t('validation.choose')),
        role: z.enum(PlanRole, t('validation.choose')),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', organizationId: '', role: 'CONTRIBUTOR' },
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      const { data } = await invite({ variables: { input: { planId: plan.id, ...input } } });
      onInvited(
        data?.inviteMember.mailed
          ? t('members.invited', { email: input.email })
          : t('members.invitedNotMailed', { email: input.email }),
      );
      reset();
    } catch (error) {
      if (showServerFieldErrors(error, ['email', 'organizationId', 'role'] as const, setError))
        return;
      setFormError(t(`errors.${errorCodeOf(error)}`));
    }
  });

  return (
    <section aria-labelledby="invite-title" className="oogo-narrow">
      <Heading3 id="invite-title">{t('members.inviteTitle')}</Heading3>
      {formError && (
        <Alert type="error" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="invite-title">
        <TextField
          label={t('members.inviteEmail')}
          type="email"
          autoComplete="off"
          required
          error={errors.email}
          registration={register('email')}
        />
        <SelectField
          label={t('members.inviteOrganization')}
          required
          placeholder={t('validation.choose')}
          options={plan.participants.map((organization) => ({
            value: organization.id,
            label: organization.name,
          }))}
          error={errors.organizationId}
          registration={register('organizationId')}
        />
        <SelectField
          label={t('members.inviteRole')}
          description={t('vocabulary.planRoleHelp.CONTRIBUTOR')}
          required
          options={ROLES.map((role) => ({
            value: role,
            label: `${t(`vocabulary.planRole.${role}`)}: ${t(`vocabulary.planRoleHelp.${role}`)}`,
          }))}
          error={errors.role}
          registration={register('role')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={isSubmitting}>
          {isSubmitting ? t('states.saving') : t('members.inviteSubmit')}
        </Button>
      </form>
    </section>
  );
}
