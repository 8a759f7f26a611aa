'use strict';

const fs = require('node:fs');

module.exports = async function globalTeardown() {
  const state = globalThis.__oogoTestPostgres;
  if (!state) return;
  await state.server.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
};
