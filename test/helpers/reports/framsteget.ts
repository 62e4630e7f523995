/**
 * The övningsomgång with Framsteget for the prize reports' tests: Solrosen in
 * the scored award and the prize, Lindgården only in the prize. The team's
 * written prize assessment per aspect (with pages, merged sources, site-visit
 * questions and a private note that must never reach a report) is added to
 * the team's signed file as its `prizes[]`, then signed again by the lead.
 */
import type { AssessmentFileBytes, AssessmentFileInput } from '../../../electron/core/exchange/assessment-file';
import { serializeDocument, signDocument, signedBytes } from '../../../electron/core/packages/signing';
import { createHash } from 'node:crypto';
import type { ReportRoundSource } from '../../../electron/core/reports/build';
import { parseUnsignedAssessmentFile, type AssessmentFile, type PrizeAssessment } from '../../../shared/formats/assessment-file';
import type { FeedbackPolicy } from '../../../shared/formats/feedback-policy';
import { roundSource } from '../samples';
import { withFramsteget } from '../prize-round';
import { lindgarden } from './lindgarden';
import { solrosen } from './solrosen';
import { examinerKey, EXAMINERS, signed, SAMPLE_CONTEXT, teamFileInput, type FileContext } from './source';

export const PRIZE_PRIVATE_NOTE = 'Privat: jag är osäker på om appen verkligen är deras egen idé';
export const PRIZE_QUESTION = 'Hur många familjer använder bildloggen varje vecka, och hur följer ni upp det?';

/** Text, the initials it was merged from, pages. */
type Written = readonly [text: string, sources: string, pages: readonly number[]];
export interface AspectSource {
  readonly aspectId: string;
  readonly strengths: readonly Written[];
  readonly improvements: readonly Written[];
  readonly questions?: readonly string[];
  readonly privateNote?: string;
}

export const SOLROSEN_PRIZE: readonly AspectSource[] = [
  {
    aspectId: 'nytt',
    strengths: [
      ['Bildloggen är ett eget arbetssätt där barnen själva fotograferar och berättar om dagen för sina vårdnadshavare.', 'AL BH', [7]],
      ['Förskolan utvecklade arbetssättet tillsammans med barnen under ett helt år innan det infördes.', 'CE', [7, 8]],
    ],
    improvements: [['Det framgår inte vad som skiljer bildloggen från liknande digitala verktyg som andra förskolor använder.', 'BH', [8]]],
    questions: [PRIZE_QUESTION],
    privateNote: PRIZE_PRIVATE_NOTE,
  },
  {
    aspectId: 'skapar-varde',
    strengths: [['Vårdnadshavarnas svar om insyn i verksamheten steg från 71 till 89 procent efter införandet.', 'AL BH CE', [14]]],
    improvements: [['Värdet för barnens eget lärande beskrivs men visas inte med resultat.', 'AL', [14, 15]]],
  },
  {
    aspectId: 'anvands',
    strengths: [['Bildloggen används varje dag på alla fyra avdelningar och ingår i introduktionen av nya medarbetare.', 'CE', [9]]],
    improvements: [],
  },
];

export const LINDGARDEN_PRIZE: readonly AspectSource[] = [
  {
    aspectId: 'nytt',
    strengths: [['Trygg natt är ett nytt sätt att planera nattens omsorg utifrån varje boendes egna sömnvanor.', 'AL BH', [12]]],
    improvements: [['Beskrivningen blandar ihop det nya arbetssättet med tidigare rutiner för tillsyn.', 'CE', [12, 13]]],
  },
  {
    aspectId: 'skapar-varde',
    strengths: [['Antalet fall nattetid minskade från 14 till 6 under det första året.', 'AL BH CE', [18]]],
    improvements: [['De boendes egen upplevelse av natten följs inte upp.', 'BH', [18]]],
  },
  {
    aspectId: 'anvands',
    strengths: [['Arbetssättet används på alla avdelningar och har spridits till två andra boenden.', 'AL', [19]]],
    improvements: [['Det saknas en plan för hur arbetssättet ska hållas levande när personalen byts ut.', 'CE', [19]]],
  },
];

/** Deterministic UUID v4-shaped ids, apart from the criteria's (which count from 1). */
function idMaker() {
  let next = 0x900;
  return () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`;
}

export function prizeAssessment(contestantId: string, aspects: readonly AspectSource[], context: FileContext = SAMPLE_CONTEXT): PrizeAssessment {
  const newId = idMaker();
  const document = context.documents[contestantId]!;
  const comment = ([text, sources, pages]: Written) => ({
    id: newId(),
    text,
    evidence: pages.map((page) => ({ documentSha256: document, page })),
    sources: sources.split(' ').map((initials) => ({ commentId: newId(), examinerId: EXAMINERS.find((e) => e.initials === initials)!.id, initials })),
  });
  return {
    prizeId: 'framsteget',
    aspects: aspects.map((a) => ({
      aspectId: a.aspectId,
      strengths: a.strengths.map(comment),
      improvements: a.improvements.map(comment),
      siteVisitQuestions: (a.questions ?? []).map((text) => ({ id: newId(), text })),
      ...(a.privateNote !== undefined && { privateNote: a.privateNote }),
    })),
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The team's file with its written prize assessment, signed by the lead (private notes included, as a report must ignore them). */
export function prizeTeamFile(input: AssessmentFileInput, prizes: readonly PrizeAssessment[]): AssessmentFileBytes {
  const { signature: _signature, ...unsigned } = signed(input).file;
  const parsed = parseUnsignedAssessmentFile({ ...unsigned, includesPrivateNotes: true, prizes });
  if (!parsed.ok) throw new Error(parsed.message);
  const file = signDocument(parsed.value, examinerKey(input.author.examinerId)) as AssessmentFile;
  const bytes = serializeDocument(file);
  return { bytes, file, keyId: file.signature.keyId, sha256: sha256(bytes), contentSha256: sha256(signedBytes(file)) };
}

/** The övningsomgång with Framsteget, under a feedback policy when given. */
export function prizeRound(feedback?: FeedbackPolicy): ReportRoundSource {
  const source = roundSource();
  withFramsteget(source);
  if (feedback) source.round.feedback = feedback;
  return source;
}

/** Solrosen's team file (after the site visit) with its Framsteget assessment. */
export const solrosenPrizeFile = (context: FileContext = SAMPLE_CONTEXT) =>
  prizeTeamFile(teamFileInput(solrosen, { context }), [prizeAssessment('c-solrosen', SOLROSEN_PRIZE, context)]);

/** Lindgården's team file (consensus): only in the prize, so it has no criteria. */
export const lindgardenPrizeFile = (context: FileContext = SAMPLE_CONTEXT) =>
  prizeTeamFile(teamFileInput(lindgarden, { context, criteria: () => false }), [prizeAssessment('c-lindgarden', LINDGARDEN_PRIZE, context)]);
