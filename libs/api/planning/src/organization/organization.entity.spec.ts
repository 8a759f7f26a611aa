import { postgresOptions } from '@oogo/api-core';
import { useTestDatabase } from '@oogo/api-core/testing';
import { OrganizationKind } from '@oogo/shared-domain';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { Organization } from './organization.entity';

const database = useTestDatabase();

describe('Organization (on PostgreSQL)', () => {
  let dataSource: DataSource;
  let organizations: Repository<Organization>;

  beforeAll(async () => {
    dataSource = await new DataSource({
      ...postgresOptions(database.url),
      entities: [Organization],
    }).initialize();
    organizations = dataSource.getRepository(Organization);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('writes a gemeente and reads it back', async () => {
    const created = await organizations.save(
      organizations.create({
        kind: OrganizationKind.GEMEENTE,
        name: 'Gemeente Noorderveen',
        code: 'GM1999',
      }),
    );

    const found = await organizations.findOneByOrFail({ id: created.id });

    expect(found).toMatchObject({
      kind: OrganizationKind.GEMEENTE,
      name: 'Gemeente Noorderveen',
      code: 'GM1999',
      version: 1,
    });
    expect(found.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(found.createdAt).toBeInstanceOf(Date);
  });

  it('refuses a gemeente without a valid CBS code', async () => {
    await expect(
      organizations.insert({
        kind: OrganizationKind.GEMEENTE,
        name: 'Gemeente Zonder Code',
        code: 'G12',
      }),
    ).rejects.toThrow(QueryFailedError);
  });

  it('refuses the same code twice for one kind', async () => {
    await organizations.insert({
      kind: OrganizationKind.SCHOOLBESTUUR,
      name: 'Stichting Lumen',
      code: '41234',
    });
    await expect(
      organizations.insert({ kind: OrganizationKind.SCHOOLBESTUUR, name: 'Kopie', code: '41234' }),
    ).rejects.toThrow(/organization_kind_code_key/);
  });

  it('runs in a database of its own', async () => {
    const [{ current_database: name }] = await dataSource.query('SELECT current_database()');
    expect(name).toMatch(/^test_[0-9a-f]{12}$/);
  });
});
