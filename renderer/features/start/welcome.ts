/** The first start's two choices (see WelcomeCard). */
import { call } from '../../api';
import { useAppInfo } from '../../app/app-info-store';
import { reportFailure } from '../../app/notice-store';
import { useRounds } from '../../app/rounds-store';
import { reportImport } from '../packages/importers';

export async function dismissWelcome(): Promise<void> {
  try {
    await call('app:dismiss-welcome', {});
    await useAppInfo.getState().load();
    // The card (and the focused button) is gone: keep keyboard users in the page, not lost on <body>.
    document.getElementById('main')?.focus();
  } catch (error) {
    reportFailure(error);
  }
}

export async function openExercise(): Promise<void> {
  try {
    const outcome = await call('round:open-exercise', {});
    await Promise.all([useAppInfo.getState().load(), useRounds.getState().load()]);
    reportImport(outcome);
  } catch (error) {
    reportFailure(error);
  }
}
