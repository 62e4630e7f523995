/** What the exchange feature asks the core: components call these, never the bridge. */
import { request } from '../../api';

export const saveMyPublicKey = request('identity:save-public-key');
export const exportChangeLog = request('assessment:export-log');
export const exportAssessment = request('assessment:export');
