/** The demo's installations, each with its own data folder on the round's clock, and how the demo talks to one: through dispatch, as the app does. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Args, Channel, Result } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { createCore, type Core } from '../create-core';
import type { Clock, SecretStore } from '../effects';
import { saveToFolder } from '../save-to-folder';

/** As the app calls the core: validated, enveloped; a refusal is thrown as the AppError it is. */
export async function call<C extends Channel>(core: Core, channel: C, args: Args<C>): Promise<Result<C>> {
  const envelope = await core.dispatch(channel, args);
  if (!envelope.ok) throw new AppError(envelope.error.code, `Demon stannade vid ${channel}: ${envelope.error.message}`);
  return envelope.value as Result<C>;
}

export interface Installation {
  readonly core: Core;
  /** Page texts per document, read once. */
  readonly texts: Map<string, { unit: number; text: string }[]>;
}

export interface InstallOptions {
  /** Where the installations keep their data folders (the caller removes it). */
  readonly workDir: string;
  /** Where the installations save what they export. */
  readonly saveDir: string;
  readonly resourcesDir: string;
  readonly version: string;
}

/** The round's own time: set to a day's start, then every reading moves it on by a step. */
export class DemoClock implements Clock {
  private at: number;

  constructor(
    start: string,
    private readonly stepMs: number,
  ) {
    this.at = Date.parse(start);
  }

  set(iso: string): void {
    this.at = Math.max(this.at, Date.parse(iso));
  }

  now(): Date {
    const now = new Date(this.at);
    this.at += this.stepMs;
    return now;
  }
}

function memorySecrets(): SecretStore {
  const secrets = new Map<string, Buffer>();
  return {
    read: async (name) => secrets.get(name) ?? null,
    write: async (name, secret) => void secrets.set(name, Buffer.from(secret)),
  };
}

/** The round's computers: `install` sets one up in a folder of its own; `closeAll` closes them, last first. */
export function installations(options: InstallOptions, clock: Clock) {
  const made: Installation[] = [];
  return {
    install(name: string): Installation {
      const dataDir = join(options.workDir, name);
      mkdirSync(dataDir, { recursive: true });
      const core = createCore({
        holder: 'cli',
        dataDir,
        version: options.version,
        resourcesDir: options.resourcesDir,
        secrets: memorySecrets(),
        saveFile: saveToFolder(options.saveDir),
        clock,
        backupOnStart: false,
      });
      const installation = { core, texts: new Map() };
      made.push(installation);
      return installation;
    },
    async closeAll(): Promise<void> {
      for (const { core } of made.reverse()) await core.close();
    },
  };
}

