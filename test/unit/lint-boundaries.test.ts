import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(__dirname, '../..') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '../..', filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('architecture boundaries (eslint)', () => {
  it.each([
    ['shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/probe.ts', "import fs from 'fs';\nexport const x = fs;"],
    ['shared/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['shared/probe.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['shared/probe.ts', 'export const x = document.title;'],
    ['renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['renderer/probe.ts', "import { join } from 'node:path';\nexport const x = join;"],
    ['renderer/probe.ts', "import { createCore } from '../electron/core';\nexport const x = createCore;"],
    ['electron/core/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/cli/probe.ts', "import { dialog } from 'electron';\nexport const x = dialog;"],
    ['electron/browser/probe.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;"],
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/shell/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/core/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/probe.ts', "import { z } from 'zod';\nexport const x = z;"],
    ['renderer/probe.ts', "import { create } from 'zustand';\nexport const x = create;"],
  ])('allows what belongs in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
