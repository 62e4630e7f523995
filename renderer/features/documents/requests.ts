/** What the documents feature asks the core: components call these, never the bridge. */
import { request } from '../../api';

export const searchRound = request('document:search-round');
export const searchDocument = request('document:search');
export const anchorFor = request('document:anchor');
