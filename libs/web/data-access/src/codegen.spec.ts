import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

describe('generated GraphQL types', () => {
  it('match apps/api/schema.gql and the operations in the web code (else run `npm run codegen`)', () => {
    // The codegen CLI is ESM inside; run it as a process, in its dry-run check mode.
    const result = spawnSync(
      join(workspaceRoot, 'node_modules', '.bin', 'graphql-codegen'),
      ['--config', 'libs/web/data-access/codegen.ts', '--check'],
      { cwd: workspaceRoot, encoding: 'utf8' },
    );

    expect({ status: result.status, output: result.stdout + result.stderr }).toEqual({
      status: 0,
      output: expect.not.stringContaining('stale'),
    });
  });
});
