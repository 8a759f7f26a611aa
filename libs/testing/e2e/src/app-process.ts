import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const workspaceRoot = join(__dirname, '..', '..', '..', '..');
const API_BUNDLE = join(workspaceRoot, 'dist', 'apps', 'api', 'main.js');

export interface AppProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /**
   * Sends a signal to the app's process group, as a terminal's Ctrl-C does (the default),
   * and resolves with how the app ended.
   */
  stop(signal?: NodeJS.Signals): Promise<ProcessExit>;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export interface StartAppOptions {
  /** Where the embedded database lives (DATA_DIR). */
  dataDir: string;
  /** Extra environment, e.g. DATABASE_URL. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The environment of the test runner minus anything that would point the app elsewhere. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'OOGO_TEST_ADMIN_URL',
    'PORT',
    'HOST',
    'DATA_DIR',
    'WEB_ROOT',
    'FORCE_COLOR', // jest sets it; it would override the app's NO_COLOR
  ]) {
    delete env[name];
  }
  return env;
}

/**
 * Runs the built app (`dist/apps/api/main.js`) exactly as `npm start` does, in a process
 * group of its own like a command typed in a terminal.
 */
export function runApp(
  env: Record<string, string>,
  args: string[] = [],
): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--enable-source-maps', API_BUNDLE, ...args], {
    cwd: workspaceRoot,
    env: { ...cleanEnv(), NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

export function waitForExit(child: ChildProcess, output: () => string): Promise<ProcessExit> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode, output: output() });
      return;
    }
    child.once('exit', (code, signal) => resolve({ code, signal, output: output() }));
  });
}

/** Starts the built app on a free port and resolves once it says it is ready. */
export async function startApp({
  dataDir,
  env = {},
  timeoutMs = 90_000,
}: StartAppOptions): Promise<AppProcess> {
  // A free port can be taken by another test process before the app binds it: try again.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const { child, output } = runApp({ PORT: String(port), DATA_DIR: dataDir, ...env });
    try {
      await untilReady(child, output, timeoutMs);
      return running(child, output, port);
    } catch (error) {
      if (attempt === 3 || !output().includes('is already in use')) throw error;
    }
  }
}

function untilReady(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The app did not start within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    child.stdout?.on('data', () => {
      if (output().includes('Ready at http://')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited with code ${code} before it was ready:\n${output()}`));
    });
  });
}

function running(child: ChildProcess, output: () => string, port: number): AppProcess {
  return {
    baseUrl: `http://localhost:${port}`,
    port,
    child,
    output,
    stop: (signal = 'SIGINT') => {
      const exit = waitForExit(child, output);
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, signal);
      return exit;
    },
  };
}
