/**
 * Every contract channel fed garbage, through the real dispatch (what Electron's
 * IPC calls) and through browser mode's HTTP bridge: always the error envelope
 * with a short Swedish message, never a crash, never a change to the database,
 * never a polluted prototype. The shell's own IPC channels get the same garbage.
 * New channels are covered as soon as they are in the contract.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../electron/browser/server';
import type { Core } from '../../electron/core';
import { registerIpc, type ShellHandlers } from '../../electron/shell/ipc';
import { channels, contract } from '../../shared/contract';
import { shellContract, type ShellChannel } from '../../shared/contract/shell';
import type { Envelope } from '../../shared/envelope';
import { testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { tempDir } from '../helpers/temp';
import { foreignChannels, garbageFor, type Garbage } from './garbage';
import { recordHostile } from './record';

const REFUSALS: Record<string, RegExp> = {
  'invalid-arguments': /^Begäran hade ogiltiga uppgifter/,
  'unknown-channel': /^Okänd begäran/,
  'invalid-json': /^Begäran kunde inte läsas/,
};

function expectRefusal(envelope: Envelope<unknown>, code: string, what: string): void {
  expect(envelope.ok, what).toBe(false);
  if (envelope.ok) return;
  expect(envelope.error.code, what).toBe(code);
  expect(envelope.error.message, what).toMatch(REFUSALS[code]!);
  // Bounded: the refusal never echoes a huge input back.
  expect(envelope.error.message.length, what).toBeLessThanOrEqual(300);
}

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

async function tryEach(
  core: Core,
  transport: string,
  cases: { label: string; channel: string; send: () => Promise<Envelope<unknown>>; code: string }[],
): Promise<void> {
  const database = core.context.paths.databaseFile;
  for (const { label, channel, send, code } of cases) {
    const before = dbFingerprint(database);
    const what = `${transport} ${channel.slice(0, 40)} ← ${label}`;
    const envelope = await send();
    const changedDatabase = dbFingerprint(database) !== before;
    recordHostile({ importer: transport, input: `${channel.slice(0, 40)} ← ${label}`, refused: !envelope.ok, changedDatabase });
    expectRefusal(envelope, code, what);
    expect(changedDatabase, what).toBe(false);
    expectNoPollution();
  }
}

describe.each(channels)('garbage to %s', (channel) => {
  const cases = garbageFor(contract[channel].args);

  it('through the dispatch (the IPC path): refused, database unchanged', async () => {
    const core = testCore();
    expect(cases.length).toBeGreaterThan(10);
    await tryEach(
      core,
      'ipc dispatch',
      cases.map((garbage) => ({ label: garbage.label, channel, code: 'invalid-arguments', send: () => core.dispatch(channel, garbage.value) })),
    );
  });

  it('through the HTTP bridge: refused, database unchanged', async () => {
    const core = testCore();
    const bridge = await startBridge(core);
    try {
      await tryEach(
        core,
        'http bridge',
        cases
          .filter((garbage) => garbage.json)
          .map((garbage: Garbage) => ({ label: garbage.label, channel, code: 'invalid-arguments', send: () => bridge.post(channel, JSON.stringify(garbage.value)) })),
      );
    } finally {
      await bridge.close();
    }
  });
});

describe.each(Object.keys(shellContract) as ShellChannel[])('garbage to the shell channel %s (Electron IPC)', (channel) => {
  it('is refused before the platform handler runs', async () => {
    const registered = new Map<string, (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>>();
    const ran = vi.fn(async () => []);
    const handlers = { 'shell:pick-files': ran, 'shell:refs-for-paths': ran, 'shell:open-external': ran } as unknown as ShellHandlers;
    registerIpc({ handle: (name: string, handler: never) => void registered.set(name, handler) }, vi.fn(), handlers, () => true, () => undefined);
    const event = { sender: { id: 1 }, senderFrame: { url: 'app://examinator/' } } as unknown as IpcMainInvokeEvent;
    for (const garbage of garbageFor(shellContract[channel].args)) {
      const envelope = (await registered.get(channel)!(event, garbage.value)) as Envelope<unknown>;
      expect(envelope, `${channel} ← ${garbage.label}`).toEqual({ ok: false, error: { code: 'invalid-arguments', message: 'Begäran hade ogiltiga uppgifter.' } });
    }
    expect(ran).not.toHaveBeenCalled();
  });
});

describe('channels outside the contract', () => {
  it('are refused by the dispatch and the HTTP bridge alike', async () => {
    const core = testCore();
    const bridge = await startBridge(core);
    try {
      const names = foreignChannels.map((name) => ({ label: 'unknown channel', channel: name, code: 'unknown-channel' }));
      await tryEach(core, 'ipc dispatch', [
        ...names.map((c) => ({ ...c, send: () => core.dispatch(c.channel, {}) })),
        ...[42, null, undefined, {}, ['app:info']].map((name) => ({
          label: 'a channel that is not a string',
          channel: String(name),
          code: 'unknown-channel',
          send: () => core.dispatch(name, {}),
        })),
      ]);
      // The URL limit of Node's HTTP parser refuses the 100 000-character name before it reaches us.
      await tryEach(core, 'http bridge', names.filter((c) => c.channel.length < 1000).map((c) => ({ ...c, send: () => bridge.post(c.channel, '{}') })));
    } finally {
      await bridge.close();
    }
  });
});

describe('bodies that are not JSON', () => {
  let core: Core;
  let bridge: Awaited<ReturnType<typeof startBridge>>;
  beforeAll(async () => {
    core = testCore();
    bridge = await startBridge(core);
  });
  afterAll(() => bridge.close());

  it('are refused before the dispatch', async () => {
    const bodies = ['{not json', '\u0000\u0001', '{"a":', '\ufeff{}x', 'undefined'];
    await tryEach(
      core,
      'http bridge',
      bodies.map((body) => ({ label: `body ${JSON.stringify(body)}`, channel: 'app:dismiss-welcome', code: 'invalid-json', send: () => bridge.post('app:dismiss-welcome', body) })),
    );
  });
});

/** Browser mode's real server over a real core, with a stand-in renderer. */
async function startBridge(core: Core) {
  const dir = tempDir();
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<html><head><script src="x.js"></script></head></html>');
  writeFileSync(join(dir, 'bridge.js'), '');
  const server: BrowserServer = await startBrowserServer({ core, rendererDir: join(dir, 'renderer'), bridgeScript: join(dir, 'bridge.js') });
  const origin = new URL(server.url).origin;
  return {
    origin,
    token: server.token,
    async post(channel: string, body: string): Promise<Envelope<unknown>> {
      const response = await fetch(`${origin}/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Examinator-Token': server.token },
        body,
      });
      return (await response.json()) as Envelope<unknown>;
    },
    close: () => server.close(),
  };
}
