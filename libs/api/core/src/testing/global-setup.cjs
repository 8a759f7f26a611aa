// jest globalSetup for every project whose tests need PostgreSQL: one server per jest run,
// one fresh database per test file (see test-database.ts). With DATABASE_URL set (e.g. a CI
// service) that server is used instead of an embedded one.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startEmbeddedPostgres } = require('../database/embedded-postgres.cjs');

module.exports = async function globalSetup() {
  if (process.env.OOGO_TEST_ADMIN_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.OOGO_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oogo-test-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'postgres'),
    preferredPort: 0,
    durable: false,
  });
  // Workers are forked after global setup and inherit this environment.
  process.env.OOGO_TEST_ADMIN_URL = server.adminUrl;
  globalThis.__oogoTestPostgres = { server, dir };
};
