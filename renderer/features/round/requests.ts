/** What the round screen asks the core: components call these, never the bridge. */
import { request } from '../../api';

export const deleteRound = request('round:delete');
