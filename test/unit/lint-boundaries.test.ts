import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../helpers/lint';

const BOUNDARY_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax']);
const boundaryErrors = (filePath: string, code: string) => ruleMessages(filePath, code, BOUNDARY_RULES);

// Every way to reach Electron that a folder outside electron/shell/ must not use.
const electronImports = [
  "import { app } from 'electron';\nexport const x = app;",
  "import { app } from 'electron/main';\nexport const x = app;",
  "import { ipcRenderer } from 'electron/renderer';\nexport const x = ipcRenderer;",
  "import { clipboard } from 'electron/common';\nexport const x = clipboard;",
  "export const x = () => import('electron');",
  "export const x = () => import('electron/main');",
  'export const x = () => import(`electron`);',
  "export const x = require('electron');",
  "export const x = require('electron/main');",
  "import electron = require('electron');\nexport const x = electron;",
];

const plainNodeFolders = ['electron/core/probe.ts', 'electron/cli/probe.ts', 'electron/browser/probe.ts'];
const pageFolders = ['renderer/probe.ts', 'renderer/features/probe.tsx', 'shared/probe.ts', 'electron/browser/bridge-client.ts'];

describe('architecture boundaries (eslint)', () => {
  it.each([...plainNodeFolders, ...pageFolders].flatMap((file) => electronImports.map((code) => [file, code] as const)))(
    'refuses Electron in %s: %s',
    async (file, code) => {
      expect(await boundaryErrors(file, code)).not.toEqual([]);
    },
  );

  it.each([
    // shared/: no Node, no DOM, no React, no npm package but zod.
    ['shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/probe.ts', "import fs from 'fs';\nexport const x = fs;"],
    ['shared/probe.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['shared/probe.ts', "import { jsx } from 'react/jsx-runtime';\nexport const x = jsx;"],
    ['shared/probe.ts', "import mammoth from 'mammoth';\nexport const x = mammoth;"],
    ['shared/probe.ts', "import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';\nexport const x = getDocument;"],
    ['shared/probe.ts', "import canonicalize from 'canonicalize';\nexport const x = canonicalize;"],
    ['shared/probe.ts', "import { render } from '@testing-library/react';\nexport const x = render;"],
    ['shared/probe.ts', "import type { Database } from 'better-sqlite3';\nexport type X = Database;"],
    ['shared/probe.ts', "export const x = () => import('mammoth');"],
    ['shared/probe.ts', "export const x = require('zod');"],
    ['shared/probe.ts', "import { createCore } from '../electron/core';\nexport const x = createCore;"],
    ['shared/probe.ts', "import { api } from '../renderer/api';\nexport const x = api;"],
    ['shared/probe.ts', 'export const x = document.title;'],
    ['shared/probe.ts', 'export const x = window.location.href;'],
    ['shared/probe.ts', 'export const x = navigator.language;'],
    ['shared/probe.ts', "export const x = localStorage.getItem('k');"],
    ['shared/probe.ts', 'export const x = process.env;'],
    ['shared/probe.ts', "export const x = Buffer.from('a');"],
    // renderer/: no Node, no core.
    ['renderer/probe.ts', "import { join } from 'node:path';\nexport const x = join;"],
    ['renderer/probe.ts', "import { createCore } from '../electron/core';\nexport const x = createCore;"],
    ['renderer/probe.ts', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    // The core, CLI and browser server: not the shell, not the renderer.
    ['electron/core/probe.ts', "import { registerIpc } from '../shell/ipc';\nexport const x = registerIpc;"],
    ['electron/cli/probe.ts', "import { App } from '../../renderer/App';\nexport const x = App;"],
    ['electron/cli/probe.ts', "import * as shell from '../shell';\nexport const x = shell;"],
    ['renderer/probe.ts', "import * as electron from '../electron';\nexport const x = electron;"],
    ['electron/browser/probe.ts', "import { create } from 'zustand';\nexport const x = create;"],
    // The browser bridge client runs in the page: no Node, no core.
    ['electron/browser/bridge-client.ts', "import { request } from 'node:http';\nexport const x = request;"],
    ['electron/browser/bridge-client.ts', "import { createCore } from '../core';\nexport const x = createCore;"],
    ['electron/browser/bridge-client.ts', "import { api } from '../../renderer/api';\nexport const x = api;"],
    // The preload runs sandboxed: electron and shared/ only.
    ['electron/shell/preload.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['electron/shell/preload.ts', "import fs from 'fs';\nexport const x = fs;"],
    ['electron/shell/preload.ts', "import { createCore } from '../core';\nexport const x = createCore;"],
    ['electron/shell/preload.ts', "import { api } from '../../renderer/api';\nexport const x = api;"],
    ['electron/shell/preload-bridge.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['electron/shell/preload-bridge.ts', "import { createDispatch } from '../core/dispatch';\nexport const x = createDispatch;"],
    // Components reach the core through stores, hooks and requests modules, never the bridge itself.
    ['renderer/features/probe.tsx', "import { call } from '../api';\nexport const x = call;"],
    ['renderer/features/round/probe.tsx', "import { messageOf, request } from '../../api';\nexport const x = [messageOf, request];"],
    ['renderer/features/round/probe.tsx', "import { join } from 'node:path';\nexport const x = join;"],
  ])('refuses a forbidden import or global in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/shell/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/shell/probe.ts', "import { app } from 'electron/main';\nexport const x = app;"],
    ['electron/shell/preload.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;"],
    ['electron/shell/preload.ts', "import { isChannel } from '../../shared/contract';\nexport const x = isChannel;"],
    ['electron/core/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['electron/core/probe.ts', "export const x = () => import('node:fs');"],
    ['electron/core/probe.ts', "export const x = require('node:worker_threads');"],
    ['electron/core/probe.ts', "import mammoth from 'mammoth';\nexport const x = mammoth;"],
    ['electron/browser/bridge-client.ts', "import { channels } from '../../shared/contract';\nexport const x = channels;"],
    ['shared/probe.ts', "import { z } from 'zod';\nexport const x = z;"],
    ['shared/probe.ts', "import { formatDate } from './format';\nexport const x = formatDate;"],
    ['shared/contract/probe.ts', "import { formatDate } from '../format';\nexport const x = formatDate;"],
    ['shared/probe.ts', "export const x = () => import('./format');"],
    ['renderer/probe.ts', "import { create } from 'zustand';\nexport const x = create;"],
    ['renderer/probe.ts', "export const x = () => import('./features/documents/ReaderScreen');"],
    ['renderer/probe.ts', 'export const x = window.location.href;'],
    ['renderer/features/round/probe.ts', "import { call } from '../../api';\nexport const x = call;"],
    ['renderer/features/round/probe.tsx', "import { messageOf } from '../../api';\nexport const x = messageOf;"],
  ])('allows what belongs in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
