import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { graphql } from '@oogo/web-data-access';
import { Alert, ButtonLink, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { TextField } from '../../ui/form-field';
import { errorCodeOf, showServerFieldErrors } from '../../ui/graphql-errors';
import { emailSchema, passwordSchema } from '../../ui/input-schemas';
import { useDocumentTitle } from '../../ui/states';
import { safeReturnPath } from './safe-return-path';
import { ViewerQuery } from './viewer';

const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      singleSignOn
      singleSignOnUrl
    }
  }
`);

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      displayName
      email
    }
  }
`);

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.loginTitle'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnPath(searchParams.get('terug'));
  const { data: options } = useQuery(SignInOptionsQuery);
  const [login] = useMutation(LoginMutation);
  const [formError, setFormError] = useState<string | null>(
    searchParams.get('fout') === 'sso' ? t('auth.singleSignOnFailed') : null,
  );

  const schema = useMemo(
    () =>
      z.object({
        email: emailSchema(t),
        password: passwordSchema(t, { isNew: false }),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      const { data } = await login({
        variables: { input },
        // The viewer changes for every page at once.
        update: (cache, { data: result }) =>
          cache.writeQuery({ query: ViewerQuery, data: { viewer: result?.login ?? null } }),
      });
      if (data?.login) await navigate(returnTo, { replace: true });
    } catch (error) {
      if (showServerFieldErrors(error, ['email', 'password'] as const, setError)) return;
      const code = errorCodeOf(error);
      setFormError(code === 'UNAUTHENTICATED' ? t('auth.failed') : t(`errors.${code}`));
      setFocus('password');
    }
  });

  const singleSignOnUrl = options?.signInOptions.singleSignOn
    ? options.signInOptions.singleSignOnUrl
    : null;

  return (
    <div className="oogo-narrow">
      <Heading1>{t('auth.loginTitle')}</Heading1>
      <Paragraph lead>{t('auth.loginIntro')}</Paragraph>
      {formError && (
        <Alert type="error" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('auth.loginTitle')}>
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          error={errors.email}
          registration={register('email')}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
          registration={register('password')}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={isSubmitting}
          disabled={isSubmitting}
        >
          {isSubmitting ? t('auth.submitting') : t('auth.submit')}
        </Button>
      </form>
      {singleSignOnUrl && (
        <>
          <Paragraph className="oogo-or">{t('auth.or')}</Paragraph>
          <ButtonLink appearance="secondary-action-button" href={singleSignOnUrl}>
            {t('auth.singleSignOn')}
          </ButtonLink>
        </>
      )}
    </div>
  );
}
