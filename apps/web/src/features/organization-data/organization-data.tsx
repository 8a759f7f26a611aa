import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import './organization-data.nl';

const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations {
    adminOrganizations {
      id
      name
    }
  }
`);

/**
 * For organisation admins only (the api allows only them): the AVG download of everything
 * their organisation contributed. Shows nothing to everyone else.
 */
export function OrganizationDataDownloads() {
  const { t } = useTranslation();
  const { data } = useQuery(AdminOrganizationsQuery);
  const organizations = data?.adminOrganizations ?? [];
  if (organizations.length === 0) return null;
  return (
    <section aria-labelledby="organisatiegegevens" className="oogo-organization-data">
      <Heading2 id="organisatiegegevens">{t('organizationData.title')}</Heading2>
      <Paragraph>{t('organizationData.intro')}</Paragraph>
      <ul>
        {organizations.map((organization) => (
          <li key={organization.id}>
            <Link
              href={`/api/organizations/${encodeURIComponent(organization.id)}/export/gegevens.json`}
              download
            >
              {t('organizationData.download', { name: organization.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
