import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server, so a build or CI
// run needs no api. `npm run codegen` refreshes both; a test fails when either is stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    'libs/web/*/src/**/*.{ts,tsx}',
    '!libs/web/data-access/src/generated/**',
  ],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        // What the api's custom scalars are in JSON: ISO date-time text, and plain objects.
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
