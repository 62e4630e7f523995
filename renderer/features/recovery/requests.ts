/** What the recovery screen asks the core: components call these, never the bridge. */
import { request } from '../../api';

export const listBackups = request('backup:list');
export const restoreBackup = request('backup:restore');
export const startWithEmptyDatabase = request('backup:start-empty');
