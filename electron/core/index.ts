/**
 * The core's public face: what code outside electron/core/ (the CLI above all)
 * may use. A data folder is reached only through `createCore` and its typed
 * `dispatch`, as the app does; the rest are the file tools that need no data
 * folder (keys, signed packages and round bundles, assessment files, reports).
 * ESLint keeps the CLI to this file (eslint.config.mjs, "feature order").
 */

// Running the core on a data folder.
export { createCore, type Core, type CoreOptions } from './create-core';
export { databaseFailure } from './db/errors';
export { dataPaths, defaultDataDir } from './paths';
export { defaultResourcesDir } from './resources';
export { saveToFolder } from './save-to-folder';
export { fileSecretStore } from './secrets-file';
export { appVersion } from './version';

// Keys, trust and signed criteria packages.
export { generateKeyPair, keyIdOf, MAX_PEM_BYTES, publicPemOf, readPrivateKeyPem, readPublicKeyPem } from './packages/keys';
export { UntrustedKeyError } from './packages/signing';
export { builtInKeys, commandLineKey, exampleKeyIds, trustSet, type TrustedKey, type TrustSet } from './packages/trust-store';
export { BUNDLE_LIMITS, MAX_PACKAGE_FILE_BYTES } from './packages/bundle-limits';
export { buildCriteriaPackageFile, verifyCriteriaPackageBytes, type VerifiedPackage } from './packages/criteria-file';
export { parseJsonBytes } from './packages/json-bytes';

// Documents outside any round, and round bundles.
export { openStandalone, type StandaloneDocument } from './documents/standalone';
export { buildRoundBundle } from './rounds/round-bundle-build';
export { readRoundBundle, type VerifiedRound } from './rounds/round-bundle-read';

// Assessment files and the examiner's signing key.
export { verifyExportedLog } from './assessments';
export { readAssessmentFile, type AssessmentFileBytes } from './exchange/assessment-file';
export { nameSlug } from './exchange/export';
export { SIGNING_KEY_SECRET } from './exchange/identity';
export { checkAgainstRound } from './exchange/round-checks';
export { roundFactsFromManifest, type RoundFacts } from './rounds/model';
export { checkRegisteredKey, twoKeyRefusals, type ExpectedSigner, type SignedFile } from './exchange/signer-checks';

// The jury's decisions (.kvbeslut).
export { checkDecisionAgainstRound, decisionRoundFromManifest, verifyDecisionBytes, type VerifiedDecision } from './jury/decision-file';
export { decisionsInFile, prizeDecisionInFile } from './jury/final-decision';

// Reports and print-outs.
export type { Candidate, ReportSource } from './reports/build';
export { chosenPrize, decisionFromFile } from './reports/build';
export { aterforingDocx } from './reports/docx/aterforing';
export { prisaterforingDocx } from './reports/docx/prisaterforing';
export { prisaterforingJob, prisbedomningJob } from './reports/prize-jobs';
export { beslutsprotokollModel, beslutsprotokollName } from './reports/build/beslutsprotokoll';
export { findFontsDir, loadReportFonts } from './reports/fonts';
export { aterforingJob, bedomningJob, classContestants, sammanstallningJob, type DescribedJob } from './reports/jobs';
export { renderBatch, renderReport, type RenderedReport, type RenderOptions, type ReportJob } from './reports/render';
export { criteriaSheetBytes } from './authoring/criteria-sheet-template';
export { kriteriepaketJob } from './authoring/package-print';

// The evaluation of a round (`examinator report utvardering`).
export { evaluateRound, type EvaluationInput } from './evaluation/evaluate';
export { EVALUATION_TITLE } from '../../shared/evaluation/labels';
export type { EvaluationModel } from '../../shared/evaluation/model';
export { renderEvaluation } from './evaluation/render';
export { evaluationWorkbook } from './evaluation/workbook';

// Training rounds: references and calibration (`examinator reference sign`, `report kalibrering`).
export { signReference, REFERENCE_AUTHOR } from './calibration/reference-file';
export { compareFile, type TrainingRound } from './calibration/files';
export { calibrationOverview, type CalibrationOverview } from './calibration/overview';
export { CALIBRATION_TITLE, OVERVIEW_TITLE } from './calibration/labels';
export { calibrationFileName, renderCalibration, renderCalibrationOverview } from './calibration/render';
export { MAX_REFERENCE_BYTES } from './rounds/training-references';

// The demo round (`examinator demo`).
export { OFFICE_KEY_FILE, playRound, type DemoFileKind, type PlayedRound } from './demo/round';
export { TIMELINE } from './demo/script';
export { CONTESTANTS, INDIVIDUAL_REPORT, TEAMS } from './demo/teams';
export { ovningReferenceSources } from './demo/references';
