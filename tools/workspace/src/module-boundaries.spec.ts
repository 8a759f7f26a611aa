import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..', '..');
const bin = (name: string) => join(workspaceRoot, 'node_modules', '.bin', name);

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints `source` as if it were the file at `filePath`, with the workspace's real ESLint config. */
function lint(filePath: string, source: string): LintMessage[] {
  // A child process: ESLint loads its ESM config with import(), which jest's VM does not offer.
  const result = spawnSync(
    bin('eslint'),
    ['--stdin', '--stdin-filename', filePath, '--format', 'json'],
    {
      cwd: workspaceRoot,
      input: source,
      encoding: 'utf8',
    },
  );
  const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
  return report?.messages ?? [];
}

function boundaryErrors(filePath: string, source: string): string[] {
  return lint(filePath, source)
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);
}

describe('module boundaries (eslint @nx/enforce-module-boundaries)', () => {
  beforeAll(() => {
    // The rule reads Nx's cached project graph and silently skips without one.
    execFileSync(bin('nx'), ['show', 'projects'], {
      cwd: workspaceRoot,
      env: { ...process.env, NX_DAEMON: 'false' },
      stdio: 'ignore',
    });
  });

  it('refuses an import of api code in the web app', () => {
    const errors = boundaryErrors(
      'apps/web/src/app/boundary-probe.ts',
      "import { loadConfig } from '@oogo/api-core';\nexport const probe = loadConfig;\n",
    );

    expect(errors).toEqual([expect.stringContaining('scope:web')]);
  });

  it('refuses an import of web code in the api', () => {
    const errors = boundaryErrors(
      'libs/api/planning/src/boundary-probe.ts',
      "import { createApolloClient } from '@oogo/web-data-access';\nexport const probe = createApolloClient;\n",
    );

    expect(errors).toEqual([expect.stringContaining('scope:api')]);
  });

  it('refuses an import of a domain module in core (dependencies point one way)', () => {
    const errors = boundaryErrors(
      'libs/api/core/src/boundary-probe.ts',
      "import { PlanningModule } from '@oogo/api-planning';\nexport const probe = PlanningModule;\n",
    );

    // core ← planning already exists, so Nx reports the cycle this would close.
    expect(errors).toEqual([
      expect.stringMatching(/type:util|Circular dependency between "api-core" and "api-planning"/),
    ]);
  });

  it('allows both sides to use shared code', () => {
    const source =
      "import { ErrorCode } from '@oogo/shared-domain';\nexport const probe = ErrorCode;\n";

    expect(boundaryErrors('apps/web/src/app/boundary-probe.ts', source)).toEqual([]);
    expect(boundaryErrors('libs/api/planning/src/boundary-probe.ts', source)).toEqual([]);
  });

  it('keeps test helpers out of production code', () => {
    const messages = lint(
      'libs/api/planning/src/boundary-probe.ts',
      "import { useTestDatabase } from '@oogo/api-core/testing';\nexport const probe = useTestDatabase;\n",
    );

    expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
