/** The report models' builders: verified round, package and assessment files in, view models out. Pure, no database. */
export { buildAterforingModel, type AterforingInput } from './aterforing';
export { buildBedomningModel, type BedomningInput } from './bedomning';
export { buildSammanstallningModel, type SammanstallningInput } from './sammanstallning';
export { newestTeamFiles, type Candidate } from './select';
export type { ReportRoundSource, ReportSource, SignedBasis } from './source';
export { decisionFromFile, decisionFromHeld } from './jury-decision';
export { buildPrisbedomningModel, type PrisbedomningInput } from './prisbedomning';
export { buildPrisaterforingModel, type PrisaterforingInput } from './prisaterforing';
export { chosenPrize, enteredPrizes } from './prize-entry';
