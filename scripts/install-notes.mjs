#!/usr/bin/env node
// Run by `npm install`/`npm ci` (the "prepare" script) so a newcomer can read the
// install's one kind of warning: which packages print EBADENGINE, why, and that
// nothing needs doing. Silent on Node 22.12+, where npm prints no such warning.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    [
      '',
      `Note on the "npm warn EBADENGINE" lines above (Node ${process.versions.node}): they are expected.`,
      '  electron, @electron/get, @electron/rebuild, node-abi and extract-zip (Electron and its packager)',
      '  declare Node >= 22.12; they run only for `npm start` and `npm run pack` on a machine with Electron.',
      '  nanoid 6 (inside docx, which writes the Word reports) declares Node 22 and is tested here on Node 20.',
      '  The app\'s core, its CLI, browser mode and `npm test` run on Node 20.19+. Nothing to do.',
      '',
    ].join('\n'),
  );
}
