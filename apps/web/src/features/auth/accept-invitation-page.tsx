import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { graphql } from '@oogo/web-data-access';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { AppLink } from '../../ui/app-link';
import { TextField } from '../../ui/form-field';
import { errorCodeOf, showServerFieldErrors } from '../../ui/graphql-errors';
import { displayNameSchema, passwordSchema } from '../../ui/input-schemas';
import { Loading, useDocumentTitle } from '../../ui/states';
import { useViewer, ViewerQuery } from './viewer';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      displayName
      email
    }
  }
`);

/** `/uitnodiging/<token>`: joins the plan, with the signed-in account or a new one. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.invitationTitle'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { data: viewerData, loading } = useViewer();
  const viewer = viewerData?.viewer;
  const [accept] = useMutation(AcceptInvitationMutation, {
    // The new membership adds a plan to "Mijn plannen".
    refetchQueries: ['MyPlans'],
    update: (cache, { data }) =>
      cache.writeQuery({ query: ViewerQuery, data: { viewer: data?.acceptInvitation ?? null } }),
  });
  const [formError, setFormError] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z.object({
        displayName: displayNameSchema(t),
        password: passwordSchema(t, { isNew: true }),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { displayName: '', password: '' },
  });

  async function join(extra: Partial<Values>) {
    setFormError(null);
    try {
      await accept({ variables: { input: { token, ...extra } } });
      await navigate('/', { replace: true });
    } catch (error) {
      if (showServerFieldErrors(error, ['displayName', 'password'] as const, setError)) return;
      const code = errorCodeOf(error);
      setFormError(
        code === 'NOT_FOUND' || code === 'BAD_USER_INPUT'
          ? t('auth.invitationInvalid')
          : t(`errors.${code}`),
      );
    }
  }

  if (loading && !viewerData) return <Loading />;
  const loginHref = `/inloggen?terug=${encodeURIComponent(`/uitnodiging/${token}`)}`;

  return (
    <div className="oogo-narrow">
      <Heading1>{t('auth.invitationTitle')}</Heading1>
      <Paragraph lead>{t('auth.invitationIntro')}</Paragraph>
      {formError && (
        <Alert type="error" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      {viewer ? (
        <>
          <Paragraph>{t('auth.signedInAccept', { name: viewer.displayName })}</Paragraph>
          <Button appearance="primary-action-button" onClick={() => void join({})}>
            {t('auth.accept')}
          </Button>
        </>
      ) : (
        <>
          <Paragraph>
            {t('auth.invitationNewAccount')}{' '}
            <AppLink to={loginHref}>{t('auth.loginTitle')}</AppLink>
          </Paragraph>
          <form noValidate onSubmit={(event) => void handleSubmit(join)(event)}>
            <TextField
              label={t('auth.displayName')}
              description={t('auth.displayNameHelp')}
              autoComplete="name"
              required
              error={errors.displayName}
              registration={register('displayName')}
            />
            <TextField
              label={t('auth.newPassword')}
              description={t('auth.newPasswordHelp')}
              type="password"
              autoComplete="new-password"
              required
              error={errors.password}
              registration={register('password')}
            />
            <Button type="submit" appearance="primary-action-button" disabled={isSubmitting}>
              {isSubmitting ? t('auth.accepting') : t('auth.accept')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
