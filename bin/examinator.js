#!/usr/bin/env node
'use strict';
// The CLI runs the built core with plain Node (`npm install` builds it via `prepare`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const entry = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('Fel: Examinator är inte byggt. Kör "npm run build" i projektmappen.\n');
  process.exit(2);
}
require(entry);
