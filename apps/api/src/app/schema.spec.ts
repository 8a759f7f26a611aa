import { GraphQLSchemaHost } from '@nestjs/graphql';
import { useTestDatabase } from '@oogo/api-core/testing';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');
const HEADER =
  '# Generated from the api code by `npm run codegen`; do not edit. The web types are generated from this file.\n\n';

const database = useTestDatabase();

describe('apps/api/schema.gql', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp(database.url);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is the schema the api serves (run `npm run codegen` after changing the api)', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';

    if (process.env['WRITE_SCHEMA'] === '1') {
      writeFileSync(SCHEMA_FILE, printed);
    }
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
