import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../ui/app-link';
import { useDocumentTitle } from '../ui/states';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('shell.notFoundTitle'));
  return (
    <>
      <Heading1>{t('shell.notFoundTitle')}</Heading1>
      <Paragraph>{t('shell.notFoundText')}</Paragraph>
      <AppLink to="/">{t('shell.toMyPlans')}</AppLink>
    </>
  );
}
