/**
 * Registers every contract channel on ipcMain through one helper: the sender
 * must be the app's own page, then the shared dispatch validates and runs it.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { channels } from '../../shared/contract';
import { shellContract, type ShellChannel } from '../../shared/contract/shell';
import { fail, ok, type Envelope } from '../../shared/envelope';
import { AppError, errorPayload, INTERNAL_ERROR } from '../../shared/errors';
import type { Dispatch } from '../core/dispatch';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export type ShellHandlers = {
  [C in ShellChannel]: (
    args: z.output<(typeof shellContract)[C]['args']>,
    event: IpcMainInvokeEvent,
  ) => Promise<(typeof shellContract)[C]['resultType']>;
};

const FOREIGN_SENDER = errorPayload('foreign-sender');

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  shellHandlers: ShellHandlers,
  isTrustedSender: SenderCheck,
  log: (message: string) => void = console.warn,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        log(`Dropped ${channel} from foreign sender ${event.senderFrame?.url ?? '(unknown)'}`);
        return fail(FOREIGN_SENDER);
      }
      return dispatch(channel, args);
    });
  }
  for (const channel of Object.keys(shellContract) as ShellChannel[]) {
    ipcMain.handle(channel, async (event, args: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        log(`Dropped ${channel} from foreign sender ${event.senderFrame?.url ?? '(unknown)'}`);
        return fail(FOREIGN_SENDER);
      }
      const parsed = (shellContract[channel].args as z.ZodType).safeParse(args);
      if (!parsed.success) {
        return fail(errorPayload('invalid-arguments', {}));
      }
      try {
        const handler = shellHandlers[channel] as (a: unknown, e: IpcMainInvokeEvent) => Promise<unknown>;
        return ok(await handler(parsed.data, event));
      } catch (error) {
        if (error instanceof AppError) return fail(error.toPayload());
        console.error(`[${channel}]`, error);
        return fail(INTERNAL_ERROR);
      }
    });
  }
}

/** Trusted = the main window's own WebContents, showing a page the app serves. */
export function senderCheck(
  getMainContentsId: () => number | undefined,
  isAppUrl: (url: string) => boolean,
): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url;
    return event.sender.id === getMainContentsId() && typeof url === 'string' && isAppUrl(url);
  };
}
