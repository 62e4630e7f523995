#!/usr/bin/env node
// Makes resources/build/icon.png, the app icon electron-builder turns into each
// platform's format (Windows .ico, macOS .icns, Linux PNGs): the favicon
// (renderer/public/favicon.svg) drawn at 1024 × 1024 px by Debian's Chromium
// through playwright-core, the same browser the e2e tests use (CHROMIUM_PATH
// overrides). Run again after changing the favicon: `node scripts/build-icon.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const SIZE = 1024;
const svg = readFileSync(join(root, 'renderer/public/favicon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  const sized = svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `);
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  mkdirSync(join(root, 'resources/build'), { recursive: true });
  writeFileSync(join(root, 'resources/build/icon.png'), png);
  console.log(`resources/build/icon.png: ${SIZE} × ${SIZE} px, ${png.length} bytes`);
} finally {
  await browser.close();
}
