/**
 * The IPC contract: every channel the renderer may call, merged from the
 * feature files. Types for callers, the preload and the handler map are all
 * derived from this one object — nothing is declared twice.
 */
import type { z } from 'zod';
import '../zod-locale';
import type { Envelope } from '../envelope';
import { appChannels } from './app';
import { authoringChannels } from './authoring';
import { calibrationChannels } from './calibration';
import { assessmentChannels } from './assessments';
import { consensusChannels } from './consensus';
import { reportChannels } from './reports';
import { documentChannels } from './documents';
import { draftChannels } from './drafts';
import { evaluationChannels } from './evaluation';
import { exchangeChannels } from './exchange';
import { juryChannels } from './jury';
import { packageChannels } from './packages';
import { roundChannels } from './rounds';

export const contract = {
  ...appChannels,
  ...roundChannels,
  ...documentChannels,
  ...packageChannels,
  ...assessmentChannels,
  ...exchangeChannels,
  ...consensusChannels,
  ...juryChannels,
  ...reportChannels,
  ...evaluationChannels,
  ...calibrationChannels,
  ...authoringChannels,
  ...draftChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (before zod defaults and transforms). */
export type Args<C extends Channel> = z.input<Contract[C]['args']>;
/** What a handler receives (after parsing). */
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type Result<C extends Channel> = Contract[C]['resultType'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The core's side: one function per channel. */
export type Handlers = {
  [C in Channel]: (args: ParsedArgs<C>) => Result<C> | Promise<Result<C>>;
};

/** The renderer's side: one async call per channel, answered with an envelope. */
export type Invoke = <C extends Channel>(channel: C, args: Args<C>) => Promise<Envelope<Result<C>>>;

export type { FileRef, ExaminatorBridge } from './bridge';
