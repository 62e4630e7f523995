/** What stadsledningskontoret's authoring asks the core: components call these, never the bridge. */
import { request } from '../../api';

export const printPackage = request('authoring:print-package');
export const readCriteriaSheet = request('authoring:read-criteria-sheet');
export const saveCriteriaTemplate = request('authoring:save-criteria-template');
export const openPackageFile = request('authoring:open-package-file');
export const listPackages = request('package:list');
export const getPackage = request('package:get');
export const signPackage = request('package:sign-and-save');
export const writePublicKey = request('authoring:save-public-key');
export const openRoundFile = request('authoring:open-round-file');
export const signRound = request('round:sign-and-save');
export const listDrafts = request('draft:list');
export const discardDraft = request('draft:discard');
