import type { Organization } from './organization.entity';

/** SQL: organisation `o` as one JSON value, to read it in the same statement as what names it. */
export const ORGANIZATION_COLUMNS = (o: string) =>
  `json_build_object('id', ${o}.id, 'kind', ${o}.kind, 'name', ${o}.name, 'code', ${o}.code,
     'version', ${o}.version, 'createdAt', ${o}.created_at, 'updatedAt', ${o}.updated_at)`;

export interface OrganizationJson extends Omit<Organization, 'createdAt' | 'updatedAt'> {
  createdAt: string;
  updatedAt: string;
}

export function organizationFrom(json: OrganizationJson): Organization {
  return { ...json, createdAt: new Date(json.createdAt), updatedAt: new Date(json.updatedAt) };
}
