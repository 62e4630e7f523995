// Preloaded with `node --require` where tsx runs our TypeScript as CommonJS outside
// vitest (the bench runner). A few dependencies are ESM-only: their "exports" have only
// an "import" condition, which require() cannot resolve. This resolves just those to
// their "import" entry (Node ≥ 20.19 can require() an ES module); every other package
// resolves as usual. A global --conditions=import would do the same for canonicalize but
// also send dual packages to their ESM build, which their require() callers cannot use
// (yazl's require('buffer-crc32') then has no .unsigned, and every DOCX import fails).
'use strict';
const Module = require('node:module');
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const ESM_ONLY = new Set(['canonicalize']);
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function resolveEsmOnly(request, parent, ...rest) {
  if (ESM_ONLY.has(request) && parent) {
    for (const folder of Module._nodeModulePaths(parent.path ?? process.cwd())) {
      const manifest = join(folder, request, 'package.json');
      if (!existsSync(manifest)) continue;
      const entry = JSON.parse(readFileSync(manifest, 'utf8')).exports?.['.']?.import;
      if (typeof entry === 'string') return join(folder, request, entry);
    }
  }
  return resolveFilename.call(this, request, parent, ...rest);
};
