import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** What the provider says about a person (the account's id is the subject). */
export interface TestOidcAccount {
  email: string;
  email_verified: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds an account or changes what the provider says about it. */
  setAccount(id: string, account: TestOidcAccount): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts test-oidc-provider.mjs (oidc-provider is ESM-only, so it runs in a child process)
 * with one confidential client that may redirect to `redirectUri`.
 */
export async function startTestOidcProvider(options: {
  redirectUri: string;
  accounts: Record<string, TestOidcAccount>;
}): Promise<TestOidcProvider> {
  const clientId = 'oogo-werkplaats';
  const clientSecret = 'test-client-secret-that-is-long-enough';
  const child = spawn(process.execPath, [join(__dirname, 'test-oidc-provider.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_CLIENT: JSON.stringify({
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uri: options.redirectUri,
      }),
      OIDC_TEST_ACCOUNTS: JSON.stringify(options.accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // Kept for the error when it fails to start; its usual warnings (in-memory storage) are noise.
  let errorOutput = '';
  child.stderr?.on('data', (chunk: Buffer) => (errorOutput += chunk.toString()));
  const issuer = await firstLine(child, () => errorOutput);
  return {
    issuer,
    clientId,
    clientSecret,
    setAccount: async (id, account) => {
      const done = once(child, 'message');
      child.send({ [id]: account });
      await done;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
  };
}

async function firstLine(child: ChildProcess, errorOutput: () => string): Promise<string> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(
      `The test OIDC provider stopped (exit code ${String(code)}):\n${errorOutput()}`,
    );
  });
  try {
    return await Promise.race([once(lines, 'line').then(([line]) => String(line)), exited]);
  } finally {
    lines.close();
    exited.catch(() => undefined);
  }
}
