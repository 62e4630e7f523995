/**
 * `examinator report sammanstallning`: the jury's overview of a class, read
 * back from the PDF — the final meeting's edition (before and after the site
 * visit, the file each row comes from, band labels, the team's proposal and,
 * with --decision, the jury's decision apart from it), the first meeting's
 * edition (consensus only: no post-visit number, no "Vinnare") and the
 * anonymised edition (no contestant's, organisation's or examiner's name in
 * the text, the metadata or the messages).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentFileInput } from '../../../../../electron/core/exchange/assessment-file';
import type { CriteriaPackage } from '../../../../../shared/formats/criteria-package';
import type { UnsignedDecisionFile } from '../../../../../shared/formats/jury-decision';
import { bundleBytes, examplePrivateKey } from '../../../../helpers/bundles';
import { decisionBytes, finalMeetingContent, firstMeetingContent, type DecisionRoundIds } from '../../../../helpers/decisions';
import { cli, contextOf, expectedTotal, n, suiteDir, write } from '../../../../helpers/report-cli';
import { lindgarden } from '../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { individualFileInput, teamFileInput, type FileContext, type FileOptions } from '../../../../helpers/reports/source';
import { tempDir } from '../../../../helpers/temp';
import { normalise, outsidePage, overlappingText, readPdf, type ReadPdf } from '../../core/reports/read-pdf';

const DATE = ['--date', '2026-10-20'];
const EXAMINERS = ['Anna Lind', 'Bilal Haddad', 'Cecilia Ek'];
/** A number standing alone (not part of another number or a checksum). */
const alone = (value: number) => new RegExp(`(?<![\\w,])${n(value)}(?![\\w,])`);
/** What poppler reads: the text (pdftotext), the document information and the XMP packet (pdfinfo). */
const poppler = (path: string) => ({
  text: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' '),
  info: execFileSync('pdfinfo', [path], { encoding: 'utf8' }) + execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' }),
});
const metadataOf = (pdf: ReadPdf) => JSON.stringify(pdf.info) + JSON.stringify(pdf.xmp?.get('dc:title')) + JSON.stringify(pdf.xmp?.get('dc:description'));

function expectClean(pdf: ReadPdf): void {
  for (const page of pdf.pages) {
    expect(overlappingText(page)).toEqual([]);
    expect(outsidePage(page)).toEqual([]);
  }
}

/** The övningsomgång with Lindgården in Förskola too, and 6.3 only for äldreomsorg. */
let bundle: string;
let context: FileContext & { pkg: CriteriaPackage };
let dir: string;
let out: string;
const not63: FileOptions['criteria'] = (id) => id !== '6.3';
let chosen: { solrosen: AssessmentFileInput; lindgarden: AssessmentFileInput };
/** Solrosen's totals at consensus and after the site visit, Lindgården's consensus. */
let totals: { before: number; after: number; lindgarden: number };

beforeAll(async () => {
  bundle = join(suiteDir(), 'forskolor.kvomgang');
  out = suiteDir();
  const edited = await bundleBytes({
    editRound: (round) => void (round.contestants[1]!.class = 'forskola'),
    editPackage: (source) => void (source.package.areas[5]!.criteria[2]!.classes = ['aldreomsorg']),
  });
  writeFileSync(bundle, edited);
  context = await contextOf(bundle);
  dir = suiteDir();
  const options = { context, criteria: not63 };
  chosen = {
    solrosen: teamFileInput(solrosen, { ...options, revision: 1 }),
    lindgarden: teamFileInput(lindgarden, { ...options, revision: 2 }),
  };
  const lower = (source: typeof solrosen) => ({ ...source, criteria: source.criteria.map((c) => ({ ...c, score: 0, before: undefined })) });
  // Older words of the teams, and one examiner's own file: none of these may count.
  write(dir, '1-solrosen-konsensus-r4.kvbedomning', teamFileInput({ ...lower(solrosen), stage: 'consensus' }, { ...options, revision: 4 }));
  write(dir, '2-solrosen-platsbesok-r1.kvbedomning', chosen.solrosen);
  write(dir, '3-lindgarden-r1.kvbedomning', teamFileInput(lower(lindgarden), { ...options, revision: 1 }));
  write(dir, '4-lindgarden-r2.kvbedomning', chosen.lindgarden);
  write(dir, '5-solrosen-cecilia.kvbedomning', individualFileInput(solrosen, 'CE', options));
  const solrosenCriteria = chosen.solrosen.criteria as readonly { criterionId: string; score: number | null; siteVisit?: { scoreBefore: number | null } | null }[];
  totals = {
    before: expectedTotal(context.pkg, solrosenCriteria.map((c) => ({ ...c, score: c.siteVisit ? c.siteVisit.scoreBefore : c.score })) as never),
    after: expectedTotal(context.pkg, chosen.solrosen.criteria),
    lindgarden: expectedTotal(context.pkg, chosen.lindgarden.criteria),
  };
});

const sammanstallning = (folder: string, file: string, ...extra: string[]) =>
  cli('report', 'sammanstallning', '--round', bundle, '--assessments', folder, '--class', 'forskola', '--out', join(out, file), ...DATE, ...extra);

describe('examinator report sammanstallning, for the final meeting (the default)', () => {
  it('ranks the class from each contestant’s newest team file, with before and after side by side, the file, band labels and the team’s proposal', async () => {
    const result = await sammanstallning(dir, 'klass.pdf');
    expect(result.code).toBe(0);
    expect(result.err.split('\n')).toEqual([
      'Övningsmaterial — signerat med exempelnyckeln.',
      ...[1, 2, 3, 4, 5].map((i) => expect.stringMatching(new RegExp(`^Läser bedömningsfil ${i} av 5: ${i}-.*\\.kvbedomning$`))),
      '1 individuell bedömning används inte i sammanställningen.',
      'Skapar rapport 1 av 1: Sammanställning inför domarkommitténs slutmöte – Förskola',
    ]);
    expect(result.out).toMatch(/^Sammanställning inför domarkommitténs slutmöte – Förskola är sparad i .*klass\.pdf \(\d+ sidor, \d+ kB\): 2 av 2 tävlande\.$/);
    const pdf = await readPdf(readFileSync(join(out, 'klass.pdf')));
    expect(totals.after).toBeGreaterThan(totals.lindgarden);
    expect(totals.before).not.toBe(totals.after);
    expect(pdf.pages[0]!.text).toContain('Sammanställning inför domarkommitténs slutmöte Förskola');
    expect(pdf.pages[0]!.text).toContain('Beslut Inget beslut ännu – bara teamens förslag visas');
    expect(pdf.text).toContain('Före platsbesök Efter platsbesök Underlag Teamets förslag');
    expect(pdf.text).toContain(`${n(totals.before)} ${n(totals.after)} Platsbesök, rev. 1 Vinnare Platsbesök: ja`);
    expect(pdf.text).toContain(`2 Lindgårdens vård- och omsorgsboende Sjövik stadsdelsförvaltning`);
    expect(pdf.text).toContain(`${n(totals.lindgarden)} – Konsensus, rev. 2 Ingen utmärkelse Platsbesök: nej`);
    expect(pdf.text).not.toContain('Domarkommitténs beslut');
    expect(pdf.text).not.toContain('Nominering');
    // Band labels beside the scores, from the package's scales.
    expect(pdf.text).toContain(normalise('2 Lindgårdens vård- och omsorgsboende 50 % Systematiskt ↕10 60 % Systematiskt ↕10'));
    expect(pdf.text).toContain('Teamets främsta styrkor och förbättringsområden');
    expect(pdf.text).not.toContain('Ekonomiska resultat och resurseffektivitet');
    expect(pdf.text).toContain('Förskolan Solrosen: Konsensus efter platsbesök, revision 1, av Anna Lind SHA-256');
    expectClean(pdf);
  });

  it('shows the jury’s decision and citation with --decision, in its own column and section, apart from the team’s proposal', async () => {
    const ids: DecisionRoundIds = { roundId: context.roundId, packageId: context.pkg.id, packageRevision: context.pkg.revision, packageSha256: context.criteriaPackage.sha256! };
    const content: UnsignedDecisionFile = {
      ...(finalMeetingContent(ids) as Extract<UnsignedDecisionFile, { meeting: 'final' }>),
      classes: [
        {
          id: 'forskola',
          contestants: [
            { contestant: 'c-solrosen', decision: 'honourable-mention' as const, citation: 'För ett förbättringsarbete som når varje barn.' },
            { contestant: 'c-lindgarden', decision: 'none' as const },
          ],
        },
      ],
    };
    const decision = join(tempDir(), 'slutmote.kvbeslut');
    writeFileSync(decision, decisionBytes(content, examplePrivateKey()));
    const result = await sammanstallning(dir, 'beslut.pdf', '--decision', decision, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ meeting: 'final', decided: true, contestants: 2, missing: [] });
    const pdf = await readPdf(readFileSync(join(out, 'beslut.pdf')));
    expect(pdf.pages[0]!.text).toContain('Beslut Domarkommitténs signerade beslut från 15 mars 2027, revision 1');
    expect(pdf.text).toContain('Teamets förslag Domarkommitténs beslut');
    // The team proposed a winner; the jury gave an honourable mention: both said, each as whose it is.
    expect(pdf.text).toContain('Platsbesök, rev. 1 Vinnare Platsbesök: ja Hedersomnämnande');
    expect(pdf.text).toContain('Ingen utmärkelse Platsbesök: nej Inget pris');
    expect(pdf.text).toContain('1 Förskolan Solrosen Hedersomnämnande För ett förbättringsarbete som når varje barn.');

    const first = join(tempDir(), 'forsta.kvbeslut');
    writeFileSync(first, decisionBytes({ ...(firstMeetingContent(ids) as Extract<UnsignedDecisionFile, { meeting: 'first' }>), classes: [{ id: 'forskola', contestants: [{ contestant: 'c-solrosen', siteVisit: true }, { contestant: 'c-lindgarden', siteVisit: false }] }] }, examplePrivateKey()));
    const refused = await sammanstallning(dir, 'nej.pdf', '--decision', first);
    expect(refused.code).toBe(1);
    expect(refused.err.split('\n').at(-1)).toBe('Fel: Beslutsfilen gäller domarkommitténs första möte (valet av platsbesök). Sammanställningen visar beslutet från slutmötet.');
    const withFirstMeeting = await sammanstallning(dir, 'nej.pdf', '--meeting', 'first', '--decision', decision);
    expect(withFirstMeeting.code).toBe(1);
    expect(withFirstMeeting.err).toContain('Sammanställningen inför första mötet visar inga beslut.');
    const unknown = await sammanstallning(dir, 'nej.pdf', '--meeting', 'andra');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Mötet "andra" finns inte.');
    expect(() => statSync(join(out, 'nej.pdf'))).toThrow();
  });
});

describe('examinator report sammanstallning --meeting first', () => {
  it('shows the consensus only: scores before the site visit, ranked on them, no post-visit total, no nomination, no decision', async () => {
    const result = await sammanstallning(dir, 'forsta.pdf', '--meeting', 'first');
    expect(result.code).toBe(0);
    expect(result.err).toContain('Skapar rapport 1 av 1: Sammanställning inför domarkommitténs första möte – Förskola');
    const pdf = await readPdf(readFileSync(join(out, 'forsta.pdf')));
    expect(pdf.pages[0]!.text).toContain('Sammanställning inför domarkommitténs första möte Förskola');
    expect(pdf.pages[0]!.text).toContain('Poäng Teamens konsensus, före platsbesök');
    expect(metadataOf(pdf)).toContain('Sammanställning inför domarkommitténs första möte – Förskola');
    // The newest consensus file counts (revision 4, all scores 0), never the file after the visit.
    expect(pdf.text).toContain('1 Lindgårdens vård- och omsorgsboende');
    expect(pdf.text).toContain(`${n(totals.lindgarden)} Konsensus, rev. 2 Platsbesök: nej`);
    expect(pdf.text).toContain('2 Förskolan Solrosen');
    expect(pdf.text).toMatch(/ 0 Konsensus, rev\. 4 Platsbesök: ja/);
    const read = poppler(join(out, 'forsta.pdf'));
    expect(read.info).toMatch(/Title: +Sammanställning inför domarkommitténs första möte – Förskola/);
    for (const text of [pdf.text, read.text]) {
      for (const word of ['Vinnare', 'Hedersomnämnande', 'Ingen utmärkelse', 'Efter platsbesök', 'Domarkommitténs beslut', 'Platsbesök, rev.']) expect(text).not.toContain(word);
      expect(text).not.toMatch(alone(totals.after));
    }
    expectClean(pdf);
  });

  it('takes a site-visit file’s scores before the visit when no consensus file is at hand, and says so', async () => {
    const only = tempDir();
    write(only, 'solrosen.kvbedomning', chosen.solrosen);
    write(only, 'lindgarden.kvbedomning', chosen.lindgarden);
    const result = await sammanstallning(only, 'forsta-ur-platsbesok.pdf', '--meeting', 'first');
    expect(result.code).toBe(0);
    const pdf = await readPdf(readFileSync(join(out, 'forsta-ur-platsbesok.pdf')));
    expect(pdf.text).toContain(`1 Förskolan Solrosen Norrby stadsdelsförvaltning`);
    expect(pdf.text).toContain(`${n(totals.before)} Platsbesök, rev. 1 poäng före besöket Platsbesök: ja`);
    expect(pdf.text).not.toMatch(alone(totals.after));
    expect(pdf.text).not.toContain('Vinnare');
  });
});

describe('examinator report sammanstallning --anonymous', () => {
  it('names no contestant, organisation or examiner: not in the text, the metadata, the basis lines or the messages', async () => {
    const only = tempDir();
    // The folder's file names are the user's own, and the messages repeat them: neutral ones here.
    write(only, 'team-1.kvbedomning', chosen.solrosen);
    const result = await sammanstallning(only, 'anonym.pdf', '--anonymous', '--json');
    expect(result.code).toBe(0);
    expect(result.err).toContain('Saknas: Tävlande B – ingen teamfil (konsensus eller efter platsbesök) i mappen.');
    expect(result.err).toContain('Skapar rapport 1 av 1: Sammanställning inför domarkommitténs slutmöte – Förskola (anonymiserad)');
    const bytes = readFileSync(join(out, 'anonym.pdf'));
    const pdf = await readPdf(bytes);
    expect(JSON.parse(result.out)).toEqual({ path: join(out, 'anonym.pdf'), pages: pdf.pages.length, bytes: bytes.length, meeting: 'final', decided: false, contestants: 1, missing: ['B'] });
    const read = poppler(join(out, 'anonym.pdf'));
    expect(read.info).toContain('(anonymiserad)');
    for (const text of ['Solrosen', 'Lindgården', 'lindgarden', 'solrosen', 'Norrby', 'Sjövik', 'stadsdelsförvaltning', ...EXAMINERS]) {
      expect(pdf.text).not.toContain(text);
      expect(read.text).not.toContain(text);
      expect(metadataOf(pdf)).not.toContain(text);
      expect(read.info).not.toContain(text);
      expect(result.err + result.out).not.toContain(text);
    }
    expect(pdf.pages[0]!.text).toContain('Antal tävlande 1 av 2 (1 utan teamets bedömning)');
    expect(pdf.text).toContain(`1 Tävlande A 90 153`);
    expect(pdf.text).toMatch(/De är inte rangordnade\. • Tävlande B/);
    expect(pdf.text).toMatch(/Tävlande A: Konsensus efter platsbesök, revision 1 SHA-256 [0-9a-f]{64}/);
    expectClean(pdf);
  });
});
