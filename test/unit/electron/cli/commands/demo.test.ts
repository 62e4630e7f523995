import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryLines, type WrittenFile } from '../../../../../electron/cli/commands/demo';
import { CONTESTANTS } from '../../../../../electron/core/demo/teams';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import type { ConsensusCriterion } from '../../../../../shared/domain/assessment';
import { formatNumber } from '../../../../../shared/format';
import type { AssessmentFile } from '../../../../../shared/formats/assessment-file';
import type { CriteriaPackage } from '../../../../../shared/formats/criteria-package';
import { totalPoints } from '../../../../../shared/scoring/points';
import { exampleTrust } from '../../../../helpers/bundles';
import { ovningPath } from '../../../../helpers/ovning';
import { pairwiseAlpha } from '../../../../helpers/pairwise-alpha';
import { samplePath } from '../../../../helpers/samples';
import { normalise, readPdf, type ReadPdf } from '../../core/reports/read-pdf';
import { cli, type CliRun, EXPECTED_FILES, LINDGARDEN, PLAYED, SOLROSEN } from './demo-played';
import { describeJuryMeetings } from './demo-jury-checks';
import { describeCalibration } from './demo-calibration-checks';
import { describePrizes } from './demo-prize-checks';

const root = mkdtempSync(join(tmpdir(), 'examinator-demo-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let run: CliRun;
let result: { out: string; round: string; seconds: number; files: WrittenFile[] };
let dir: string;
let pkg: CriteriaPackage;
const files = new Map<string, AssessmentFile & { keyId: string }>();
const pdfs = new Map<string, ReadPdf>();

const file = (name: string) => {
  const found = files.get(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const pdf = (name: string) => pdfs.get(name)!;
const teamCriteria = (name: string) => file(name).criteria as ConsensusCriterion[];
const titleOf = (id: string) => pkg.areas.flatMap((a) => a.criteria).find((c) => c.id === id)!.title;

beforeAll(async () => {
  dir = join(root, 'demo', 'ut');
  run = await cli('demo', '--out', dir, '--json');
  expect(run.err.split('\n').at(-1)).not.toMatch(/^Fel/);
  result = JSON.parse(run.out) as typeof result;
  pkg = (await readRoundBundle(ovningPath.round, exampleTrust())).criteria.package;
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    if (name.endsWith('.kvbedomning')) {
      const read = readAssessmentFile(bytes);
      files.set(name, { ...read.file, keyId: read.keyId });
    }
    if (name.endsWith('.pdf')) pdfs.set(name, await readPdf(bytes));
  }
}, 300_000);

describe('examinator demo', () => {
  it('plays the round, says how long it took, and writes every file, named the same each time, into the folder it makes', () => {
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(EXPECTED_FILES);
    expect(result.files.map((f) => f.name).sort()).toEqual(EXPECTED_FILES);
    expect(result).toMatchObject({ out: dir, round: 'ku-2026-ovning' });
    // How long is reported, not judged: speed targets live in `npm run bench`, not in timed tests.
    expect(result.seconds).toBeGreaterThan(0);
    for (const f of result.files) expect(f.bytes).toBe(readFileSync(join(dir, f.name)).length);
  });

  it('says on stderr what each examiner, the team and stadsledningskontoret do, and counts the reports', () => {
    const lines = run.err.split('\n');
    expect(lines[0]).toBe('6 examinatorer i 2 team installerar Examinator och öppnar övningsomgången …');
    for (const name of ['Anna Lind', 'Bilal Haddad', 'Cecilia Ek']) {
      expect(lines).toContain(`${name} bedömer Förskolan Solrosen …`);
      expect(lines).toContain(`${name} bedömer Lindgårdens vård- och omsorgsboende …`);
    }
    expect(lines).toContain('Anna Lind tar emot Bilal Haddads och Cecilia Eks bedömningar av Förskolan Solrosen …');
    expect(lines).toContain('Platsbesök hos Lindgårdens vård- och omsorgsboende …');
    expect(lines).toContain('Domarkommitténs första möte väljer vilka som får platsbesök …');
    expect(lines).toContain('David Olsson tar emot Eva Strands och Farid Karimis bedömningar av Förskolan Blåklinten …');
    expect(lines).not.toContain('Platsbesök hos Förskolan Blåklinten …');
    expect(lines).toContain('Domarkommitténs slutmöte beslutar om vinnare och hedersomnämnanden …');
    expect(lines).toContain('Anna Lind tar emot beslutet: Förskolan Solrosen – Vinnare, Lindgårdens vård- och omsorgsboende – Hedersomnämnande.');
    expect(lines).toContain('David Olsson bedömer Språkväskan, Västerby bibliotek …');
    expect(lines).toContain('Teamet enas om Språkväskan, Västerby bibliotek …');
    expect(lines).not.toContain('Platsbesök hos Språkväskan, Västerby bibliotek …');
    expect(lines).toContain(
      'David Olsson tar emot beslutet: Förskolan Ekorren – Hedersomnämnande, Förskolan Blåklinten – Inget pris; ' +
        'Framsteget – Stockholms stads pris för nyskapande: Förskolan Ekorren – Inget pris, Språkväskan, Västerby bibliotek – Vinnare.',
    );
    expect(lines).toContain('Övningsmaterial — signerat med exempelnyckeln.');
    const framsteget = 'Framsteget – Stockholms stads pris för nyskapande';
    expect(lines.filter((l) => l.startsWith('Skapar rapport '))).toEqual(
      [
        'Bedömning – Förskolan Solrosen',
        'Återföringsrapport – Förskolan Solrosen',
        'Bedömning – Förskolan Solrosen (individuell bedömning av Bilal Haddad)',
        'Bedömning – Förskolan Ekorren',
        'Återföringsrapport – Förskolan Ekorren',
        'Prisbedömning – Förskolan Ekorren',
        `Återföring om ${framsteget} – Förskolan Ekorren`,
        'Bedömning – Förskolan Blåklinten',
        'Återföringsrapport – Förskolan Blåklinten',
        'Bedömning – Lindgårdens vård- och omsorgsboende',
        'Återföringsrapport – Lindgårdens vård- och omsorgsboende',
        'Bedömning – Lindgårdens vård- och omsorgsboende (individuell bedömning av Cecilia Ek)',
        'Prisbedömning – Språkväskan, Västerby bibliotek',
        `Återföring om ${framsteget} – Språkväskan, Västerby bibliotek`,
        'Sammanställning inför domarkommitténs slutmöte – Förskola',
        'Sammanställning inför domarkommitténs slutmöte – Äldreomsorg (inklusive myndighetsutövning)',
        'Sammanställning inför domarkommitténs slutmöte – Förskola (anonymiserad)',
        'Beslutsprotokoll första mötet 2026-09-30',
        'Beslutsprotokoll slutmötet 2026-10-22',
      ].map((name, i, all) => `Skapar rapport ${i + 1} av ${all.length}: ${name}`),
    );
  });

  it('ends with a Swedish summary listing every file with its size, PDFs with their pages', () => {
    const lines = summaryLines(dir, result.files, 12.34);
    expect(lines[0]).toBe('Demon är klar på 12,3 s.');
    expect(lines[1]).toMatch(/^En hel övningsomgång: 6 examinatorer i 2 team bedömde 5 tävlande var för sig, 2 av dem skriftligt för priset Framsteget, och varje team enades i konsensus\. Domarkommittén valde platsbesök/);
    expect(lines[2]).toBe(`${EXPECTED_FILES.length} filer i ${dir}:`);
    expect(lines).toContain('Bedömningsfiler (.kvbedomning), signerade av respektive installation:');
    expect(lines).toContain('Rapporter (PDF):');
    expect(lines).toContain('Prisrapporter (PDF): prisbedömning för domarkommittén och återföring till den tävlande:');
    expect(lines).toContain('Poängen för domarkommittén:');
    expect(lines).toContain('Utvärdering av omgången för stadsledningskontoret:');
    expect(lines).toContain('Domarkommitténs beslut (.kvbeslut) och stadsledningskontorets publika nyckel:');
    expect(lines).toContain('Beslutsprotokoll (PDF):');
    for (const name of EXPECTED_FILES) expect(lines.some((l) => l.trimStart().startsWith(name))).toBe(true);
    expect(lines.find((l) => l.includes(`bedomning-${SOLROSEN}.pdf`))).toMatch(/ \d+ sidor, \d+ kB$/);
    expect(lines.find((l) => l.includes('poang.xlsx'))).toMatch(/ \d+ kB$/);
  });

  it('writes assessment files the app reads back (signature and schema), each examiner signing with their own installation\'s key', () => {
    for (const name of EXPECTED_FILES.filter((n) => n.endsWith('.kvbedomning'))) {
      const f = file(name);
      expect(f).toMatchObject({ round: { id: 'ku-2026-ovning' }, includesPrivateNotes: false, revision: 1 });
      // Every criterion for a contestant in a class, none for the prize-only entry; the prize's aspects only where entered.
      expect(f.criteria, name).toHaveLength(PLAYED[f.contestant.id]!.scored ? 14 : 0);
      expect(f.prizes?.map((p) => p.prizeId) ?? [], name).toEqual(PLAYED[f.contestant.id]!.prizes);
    }
    const keys = ['anna-lind', 'bilal-haddad', 'cecilia-ek'].map((e) => file(`2026-${SOLROSEN}-individuell-${e}-r1.kvbedomning`).keyId);
    expect(new Set(keys).size).toBe(3);
    expect(file(`2026-${LINDGARDEN}-individuell-bilal-haddad-r1.kvbedomning`).keyId).toBe(keys[1]);
    expect(file(`2026-${SOLROSEN}-platsbesok-anna-lind-r1.kvbedomning`).keyId).toBe(keys[0]);
    // The round's dates: individual work before its deadline, the site visit in October.
    expect(file(`2026-${SOLROSEN}-individuell-cecilia-ek-r1.kvbedomning`).exportedAt < '2026-09-15').toBe(true);
    expect(file(`2026-${SOLROSEN}-platsbesok-anna-lind-r1.kvbedomning`).exportedAt.slice(0, 7)).toBe('2026-10');
  });

  it('has three examiners who genuinely disagree: different scores, some criteria with a spread the team must discuss, and their own words', () => {
    for (const contestant of [SOLROSEN, LINDGARDEN]) {
      const [anna, bilal, cecilia] = ['anna-lind', 'bilal-haddad', 'cecilia-ek'].map((e) => file(`2026-${contestant}-individuell-${e}-r1.kvbedomning`));
      const scores = (f: AssessmentFile) => f.criteria.map((c) => c.score);
      expect(scores(anna!)).not.toEqual(scores(bilal!));
      expect(scores(bilal!)).not.toEqual(scores(cecilia!));
      const team = teamCriteria(`2026-${contestant}-konsensus-anna-lind-r1.kvbedomning`);
      const spreads = team.map((c) => Math.max(...c.individualScores.map((s) => s.score!)) - Math.min(...c.individualScores.map((s) => s.score!)));
      expect(spreads.some((s) => s >= pkg.consensus.spreadThreshold)).toBe(true);
      expect(spreads.some((s) => s === 0)).toBe(true);
      team.forEach((c, i) => {
        if (spreads[i]! >= pkg.consensus.spreadThreshold) expect(c.discussed, c.criterionId).toBe(true);
      });
      // Every comment carries a quote from the real document, on its page.
      for (const f of [anna!, bilal!, cecilia!]) {
        for (const c of f.criteria) {
          expect(c.strengths.length).toBeGreaterThanOrEqual(1);
          expect(c.strengths.length).toBeLessThanOrEqual(3);
          expect(c.improvements.length).toBeGreaterThanOrEqual(1);
          expect(c.improvements.length).toBeLessThanOrEqual(2);
          for (const comment of [...c.strengths, ...c.improvements]) {
            expect(comment.evidence).toHaveLength(1);
            expect(comment.evidence[0]!.quote!.length).toBeGreaterThan(20);
            expect(comment.evidence[0]!.page).toBeGreaterThan(0);
          }
        }
      }
    }
    const voices = (e: string) => file(`2026-${SOLROSEN}-individuell-${e}-r1.kvbedomning`).criteria[0]!.strengths.map((s) => s.text);
    expect(voices('bilal-haddad')[0]).toMatch(/\. (Siffrorna|Det är konkret|Här syns)/);
    expect(voices('cecilia-ek')[0]).toMatch(/^(Ett gott exempel på lärande|Särskilt värt att lyfta fram|Väl beskrivet):/);
    expect(voices('anna-lind')[0]).toBe(CONTESTANTS[0]!.criteria['1.1']!.strengths[0]![0]);
  });

  it('quotes passages that are in the contestant\'s document, on the page cited', async () => {
    const document = await readPdf(readFileSync(join(samplePath.documents, 'forskolan-solrosen.pdf')));
    const fold = (text: string) => normalise(text).replace(/\s/g, '').toLowerCase();
    const anna = file(`2026-${SOLROSEN}-individuell-anna-lind-r1.kvbedomning`);
    let quotes = 0;
    for (const comment of anna.criteria.flatMap((c) => [...c.strengths, ...c.improvements])) {
      const { page, quote } = comment.evidence[0]!;
      expect(fold(document.pages[page! - 1]!.text)).toContain(fold(quote!));
      quotes += 1;
    }
    expect(quotes).toBeGreaterThan(35);
  });

  it('builds the consensus from all three: individual scores, merged comments with their sources in the team\'s words, discussion and a rationale outside the range', () => {
    for (const contestant of [SOLROSEN, LINDGARDEN]) {
      const name = `2026-${contestant}-konsensus-anna-lind-r1.kvbedomning`;
      const f = file(name);
      if (f.stage !== 'consensus') throw new Error('expected consensus');
      expect(f.team.sources.map((s) => [s.examinerId, s.revision])).toEqual([
        ['e-anna', 1],
        ['e-bilal', 1],
        ['e-cecilia', 1],
      ]);
      expect(f.team.summary.split('\n\n')).toHaveLength(3);
      expect(f.team.nextSteps).toHaveLength(3);
      expect(f.team.recommendation.siteVisit).toBe(true);
      expect(f.team.recommendation.citation.length).toBeGreaterThan(50);
      const script = CONTESTANTS.find((c) => f.contestant.id === c.contestantId)!;
      for (const c of teamCriteria(name)) {
        expect(c.individualScores.map((s) => s.examinerId)).toEqual(['e-anna', 'e-bilal', 'e-cecilia']);
        expect(c.individualScores.map((s) => s.score)).toEqual(script.criteria[c.criterionId]!.scores);
        const merged = [...c.strengths, ...c.improvements].filter((k) => (k.sources?.length ?? 0) >= 2);
        expect(merged.length, c.criterionId).toBeGreaterThanOrEqual(1);
        // The lead edited the merged text back into one formulation.
        const words = [...script.criteria[c.criterionId]!.strengths, ...script.criteria[c.criterionId]!.improvements].map(([text]) => text);
        for (const k of [...c.strengths, ...c.improvements]) expect(words).toContain(k.text);
      }
    }
    expect(file(`2026-${SOLROSEN}-konsensus-anna-lind-r1.kvbedomning`)).toMatchObject({ team: { recommendation: { nomination: 'winner' } } });
    const outside = teamCriteria(`2026-${LINDGARDEN}-konsensus-anna-lind-r1.kvbedomning`).find((c) => c.criterionId === '2.1')!;
    expect(outside).toMatchObject({ score: 30, discussed: true });
    expect(Math.min(...outside.individualScores.map((s) => s.score!))).toBeGreaterThan(30);
    expect(outside.rationale).toMatch(/^Teamet enades om en lägre poäng än någon av de individuella/);
    const questions = teamCriteria(`2026-${SOLROSEN}-konsensus-anna-lind-r1.kvbedomning`).flatMap((c) => c.siteVisitQuestions);
    expect(questions.length).toBeGreaterThanOrEqual(3);
  });

  it('records the site visit beside the consensus: scores before and after, and what the visit showed', () => {
    const visit = (contestant: string) => teamCriteria(`2026-${contestant}-platsbesok-anna-lind-r1.kvbedomning`);
    const changed = (contestant: string) => visit(contestant).filter((c) => c.siteVisit!.scoreBefore !== c.siteVisit!.scoreAfter);
    expect(changed(SOLROSEN).map((c) => [c.criterionId, c.siteVisit!.scoreBefore, c.siteVisit!.scoreAfter])).toEqual([
      ['1.2', 60, 50],
      ['3.1', 60, 70],
    ]);
    expect(changed(LINDGARDEN).map((c) => [c.criterionId, c.siteVisit!.scoreBefore, c.siteVisit!.scoreAfter])).toEqual([['4.1', 70, 80]]);
    for (const c of [...changed(SOLROSEN), ...changed(LINDGARDEN)]) expect(c.siteVisit!.note.length).toBeGreaterThan(40);
    const before = teamCriteria(`2026-${SOLROSEN}-konsensus-anna-lind-r1.kvbedomning`);
    for (const c of visit(SOLROSEN)) expect(c.siteVisit!.scoreBefore).toBe(before.find((b) => b.criterionId === c.criterionId)!.score);
  });

  it('prints the bedömning after the site visit with the agreed scores, the individual spread, page references and the spårbarhetsbilaga', () => {
    const report = pdf(`bedomning-${SOLROSEN}.pdf`);
    expect(report.pages[0]!.text).toContain('Förskolan Solrosen');
    expect(report.pages[0]!.text).toContain('Övningsmaterial — signerat med exempelnyckeln');
    expect(report.text).toContain(`Sida 1 av ${report.pages.length}`);
    for (const c of teamCriteria(`2026-${SOLROSEN}-platsbesok-anna-lind-r1.kvbedomning`)) {
      expect(report.text).toContain(normalise(`${c.criterionId} ${titleOf(c.criterionId)} Teamets poäng efter platsbesök ${c.score} %`));
    }
    const total = totalPoints(pkg, Object.fromEntries(teamCriteria(`2026-${SOLROSEN}-platsbesok-anna-lind-r1.kvbedomning`).map((c) => [c.criterionId, c.score])), 'forskola');
    expect(report.pages[0]!.text).toContain(normalise(`${formatNumber(total.points)} av 1 000 p`));
    expect(report.text).toContain('AL 60 · BH 40 · CE 70');
    expect(report.text).toContain('Platsbesöket ändrade poängen från 60 % till 50 %.');
    expect(report.text).toMatch(/Styrkor \(\d\)/);
    expect(report.text).toContain('Förbättringsområden');
    expect(report.text).toMatch(/ s\. \d+ /);
    expect(report.text).toContain('Spårbarhetsbilaga');
    expect(report.text).toContain('Bygger på kommentarer från AL, BH');
    expect(report.text).toContain('Varför-trappan');
  });

  it('prints the återföringsrapport in the team\'s words and the jury\'s final decision, without the jury\'s working matters', () => {
    const report = pdf(`aterforing-${LINDGARDEN}.pdf`);
    expect(report.pages[0]!.text).toContain('Lindgårdens vård- och omsorgsboende');
    // The summary written for the jury is never reused in the contestant's report.
    expect(report.text).not.toContain('Lindgården har på fyra år gått från hög chefsomsättning');
    // The team's own words to the unit and its key themes, set in the consensus.
    expect(report.text).toContain(normalise('Till er från examinatorsteamet Tack för att ni delade berättelsen om Lindgårdens fyra senaste år.'));
    expect(report.text).toContain(normalise('Huvudteman • De boende möts utifrån sin egen historia, med väl inarbetade personcentrerade arbetssätt.'));
    expect(report.text).toContain('Vad kriteriet efterfrågar');
    expect(report.text).toContain('Gör en fördjupad fallanalys per enhet och per boende tillsammans med MAS.');
    expect(report.text).toContain('Trygg natt är en genomtänkt innovation');
    expect(report.text).toMatch(/ s\. \d+ /);
    // The jury's final decision and its own citation, from the signed .kvbeslut; never the team's draft citation.
    expect(report.text).toContain('Domarkommitténs beslut');
    expect(report.text).toContain(normalise('Lindgårdens vård- och omsorgsboende får ett hedersomnämnande för Trygg natt.'));
    expect(report.text).not.toMatch(/AL \d+ · BH/);
    expect(report.text).not.toContain('Här syns en tydlig koppling');
  });

  it('marks the bedömning of one examiner\'s own assessment as such', () => {
    const report = pdf(`bedomning-${SOLROSEN}-individuell-bilal-haddad.pdf`);
    for (const page of report.pages) expect(page.text).toContain('Individuell bedömning — inte teamets konsensus');
    expect(report.text).toContain('Bilal Haddad');
    expect(report.text).toContain(normalise(`1.2 ${titleOf('1.2')}`));
    expect(report.text).toMatch(/Siffrorna i beskrivningen styrker detta|Det är konkret och går att följa upp/);
  });

  it('prints a sammanställning per class, and one with codes instead of names', () => {
    expect(pdf('sammanstallning-forskola.pdf').text).toContain('Förskolan Solrosen');
    expect(pdf('sammanstallning-forskola.pdf').text).toContain('Vinnare');
    expect(pdf('sammanstallning-aldreomsorg.pdf').text).toContain('Lindgårdens vård- och omsorgsboende');
    expect(pdf('sammanstallning-aldreomsorg.pdf').text).toContain('Hedersomnämnande');
    const anonymous = pdf('sammanstallning-forskola-anonymiserad.pdf');
    expect(anonymous.text).not.toContain('Solrosen');
    expect(anonymous.text).not.toContain('Norrby');
    expect(anonymous.text).toContain('Sida 1 av');
  });

  it('exports the jury\'s scores to Excel and CSV from stadsledningskontoret\'s installation', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, '2026-ku-2026-ovning-poang.xlsx'));
    const ranking = workbook.getWorksheet('Rangordning')!;
    const header = ranking.getRow(1).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['Tävlingsklass', 'Plats', 'Tävlande', 'Team', 'Underlag']);
    const rows = [2, 3, 4, 5].map((n) => ranking.getRow(n).values as unknown[]);
    const solrosen = rows.find((r) => r[3] === 'Förskolan Solrosen')!;
    expect(solrosen.slice(1, 6)).toEqual(['Förskola', 1, 'Förskolan Solrosen', 'Anna Linds team', 'Efter platsbesök']);
    const visit = teamCriteria(`2026-${SOLROSEN}-platsbesok-anna-lind-r1.kvbedomning`);
    const total = totalPoints(pkg, Object.fromEntries(visit.map((c) => [c.criterionId, c.score])), 'forskola');
    expect(solrosen[6]).toBeCloseTo(total.points, 2);
    expect(solrosen.at(-2)).toBe('Ja');
    expect(solrosen.at(-1)).toBe('Vinnare');
    expect(rows.find((r) => r[3] === 'Lindgårdens vård- och omsorgsboende')![1]).toBe('Äldreomsorg (inklusive myndighetsutövning)');
    const all = workbook.getWorksheet('Alla poäng')!;
    const examiners = new Set<unknown>();
    all.eachRow((row) => void examiners.add(row.getCell(9).value));
    expect([...examiners]).toEqual(expect.arrayContaining(['Teamet', 'Anna Lind', 'Bilal Haddad', 'Cecilia Ek']));

    const csv = readFileSync(join(dir, '2026-ku-2026-ovning-poang.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFTävlingsklass;Tävlande;')).toBe(true);
    expect(csv).toContain('Förskola;Förskolan Solrosen;Anna Linds team;Individuell;;1.2;Synpunkter, klagomål och kvalitetsgarantier;Individuell;Bilal Haddad;40;30');
  });
});

describe('examinator demo, the evaluation of the round', () => {
  it('writes the evaluation: per criterion alpha and spreads as computed here from the individual files, examiners by code', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'utvardering-av-omgangen.xlsx'));
    const sheet = workbook.getWorksheet('Kriterier')!;
    const header = sheet.getRow(1).values as unknown[];
    const individual = [...files.values()].filter((f) => f.stage === 'individual');
    const text = pdf('utvardering-av-omgangen.pdf').text;
    const alphas = new Set<unknown>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const id = row.getCell(header.indexOf('Kriterium')).value as string;
      const units = CONTESTANTS.filter(({ contestantId }) => PLAYED[contestantId]!.scored).map(({ contestantId }) =>
        individual.filter((f) => f.contestant.id === contestantId).flatMap((f) => f.criteria.filter((c) => c.criterionId === id && c.score !== null).map((c) => c.score!)),
      );
      const spreads = units.map((u) => Math.max(...u) - Math.min(...u));
      const alpha = row.getCell(header.indexOf('Alfa (intervall)')).value as number | null;
      const expected = pairwiseAlpha(units);
      if (expected === null) expect(alpha).toBeNull();
      else expect(alpha).toBeCloseTo(expected, 10);
      alphas.add(alpha);
      expect(row.getCell(header.indexOf('Spridning störst')).value).toBe(Math.max(...spreads));
      expect(row.getCell(header.indexOf('Nådde spridningsgränsen')).value).toBe(spreads.filter((s) => s >= pkg.consensus.spreadThreshold).length);
      if (alpha !== null) expect(text).toContain(`${id} ${titleOf(id)}`);
    });
    expect(alphas.size).toBeGreaterThan(3);
    expect(text).toContain('Utvärdering av omgången');
    expect(text).toContain('E1');
    for (const name of ['Anna Lind', 'Bilal Haddad', 'Cecilia Ek']) expect(text).not.toContain(name);
  });
});

describe('examinator demo, refusing', () => {
  it('a folder that is not empty (exit 1, nothing written), a file for a folder, and a missing --out (exit 2)', async () => {
    const busy = join(root, 'upptagen');
    mkdirSync(busy);
    writeFileSync(join(busy, 'mitt.txt'), 'mitt');
    const refused = await cli('demo', '--out', busy);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`Fel: Mappen ${busy} är inte tom. Välj en tom (eller ny) mapp, eller lägg till --force så ersätts demons filer i den.`);
    expect(readdirSync(busy)).toEqual(['mitt.txt']);

    const notFolder = await cli('demo', '--out', join(busy, 'mitt.txt'));
    expect(notFolder.code).toBe(1);
    expect(notFolder.err).toMatch(/^Fel: .*mitt\.txt är en fil, inte en mapp\./);

    const usage = await cli('demo');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Fel: flaggan --out <mapp> måste anges.');
  });

  it('explains itself in Swedish', async () => {
    const help = await cli('demo', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Användning: examinator demo [flaggor]');
    expect(help.out).toContain('--force');
    expect(help.out).toContain('övningsomgången');
  });
});

describeJuryMeetings(() => dir, cli);
describeCalibration(() => dir);
describePrizes(() => dir);
