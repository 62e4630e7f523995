/** What the packages feature asks the core: components call these, never the bridge. */
import { request } from '../../api';

export const inspectKey = request('trust:inspect-key');
export const trustKey = request('trust:add-key');
