/**
 * A prize entry's two reports read back: the prisbedömning (pdftotext) and
 * the prisåterföring as PDF (pdftotext) and Word (mammoth, and LibreOffice
 * converting it), from the team's signed file with Framsteget's aspects.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPrisaterforingModel, buildPrisbedomningModel } from '../../../../../electron/core/reports/build';
import { prisaterforingDocx } from '../../../../../electron/core/reports/docx/prisaterforing';
import type { PrisaterforingModel } from '../../../../../electron/core/reports/prize-model';
import { renderReport } from '../../../../../electron/core/reports/render';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { pkg, REPORT_DATE } from '../../../../helpers/reports/build';
import { EXAMINER_NAMES, POLICY } from '../../../../helpers/reports/feedback';
import { fonts } from '../../../../helpers/reports/fonts';
import { lindgardenPrizeFile, PRIZE_PRIVATE_NOTE, PRIZE_QUESTION, prizeAssessment, prizeRound, prizeTeamFile, SOLROSEN_PRIZE, solrosenPrizeFile } from '../../../../helpers/reports/framsteget';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { individualFileInput, signed, teamFileInput } from '../../../../helpers/reports/source';
import { tempDir } from '../../../../helpers/temp';
import { normalise } from './read-pdf';

const CITATION = 'För en bildlogg som ger barnen en egen röst.';
const DECISION = { prizeId: 'framsteget', decision: 'winner', citation: CITATION, meetingDate: '2027-03-15' } as const;

/** The PDF's text as pdftotext reads it, whitespace as single spaces. */
function pdftotext(bytes: Buffer): string {
  const path = join(tempDir(), 'report.pdf');
  writeFileSync(path, bytes);
  return normalise(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }));
}

/** The parts, each after the one before it; the ones not found so. */
function outOfOrder(text: string, parts: readonly string[]): string[] {
  let cursor = 0;
  return parts.flatMap((part) => {
    const at = text.indexOf(normalise(part), cursor);
    if (at < 0) return [part];
    cursor = at + 1;
    return [];
  });
}

/** Per aspect of Framsteget: its title, what it asks, the strengths with pages, the improvement areas with pages — in that order. */
const aspectOrder = (pages: (list: readonly number[]) => string) =>
  FRAMSTEGET.aspects.flatMap((aspect) => {
    const written = SOLROSEN_PRIZE.find((a) => a.aspectId === aspect.id)!;
    return [
      aspect.title,
      aspect.description,
      'Styrkor',
      ...written.strengths.flatMap(([text, , list]) => [text, pages(list)]),
      'Förbättringsområden',
      ...written.improvements.flatMap(([text, , list]) => [text, pages(list)]),
    ];
  });

const source = (feedback?: Parameters<typeof prizeRound>[0]) => ({ round: prizeRound(feedback), pkg, exampleMaterial: true });

describe('the prisbedömning for the jury', () => {
  it('prints the prize, per aspect what it asks, the team’s strengths and improvement areas in full with their pages, the questions and the basis', async () => {
    const file = solrosenPrizeFile();
    const model = buildPrisbedomningModel({ ...source(), assessment: file.file, prizeId: 'framsteget', reportDate: REPORT_DATE, signed: { sha256: file.sha256, keyId: file.keyId } });
    const text = pdftotext((await renderReport({ kind: 'prisbedomning', name: '', model }, { fonts, deterministic: true })).bytes);
    expect(outOfOrder(text, [FRAMSTEGET.title, FRAMSTEGET.description, ...aspectOrder((list) => list.map((p) => `s. ${p}`).join(' '))])).toEqual([]);
    expect(text).toContain(`Frågor vid platsbesök 1. ${PRIZE_QUESTION}`);
    expect(text).toContain(`Konsensus efter platsbesök, revision 1, av Anna Lind SHA-256 ${file.sha256}`);
    expect(text).not.toContain(PRIZE_PRIVATE_NOTE.slice(0, 30));
    // Solrosen is also in Förskola: its file's summary and proposal are about the class, not the prize.
    expect(model.proposal).toBeNull();
    expect(text).not.toContain('Teamets rekommendation');
  });

  it('gives the team’s summary, proposal and draft citation for an entrant only in the prize, before the aspects', async () => {
    const signedFile = lindgardenPrizeFile().file;
    if (signedFile.stage === 'individual') throw new Error('a team file was expected');
    const summary = 'Nattfastan är ett eget arbetssätt som minskade fallen nattetid.';
    const citation = 'För ett nytt sätt att ge de äldre lugna nätter.';
    const file = { ...signedFile, team: { ...signedFile.team, summary, recommendation: { siteVisit: true, nomination: 'winner' as const, citation } } };
    const model = buildPrisbedomningModel({ ...source(), assessment: file, prizeId: 'framsteget', reportDate: REPORT_DATE });
    expect(model.proposal).toEqual({ summary, nomination: 'winner', citation });
    const text = pdftotext((await renderReport({ kind: 'prisbedomning', name: '', model }, { fonts, deterministic: true })).bytes);
    expect(outOfOrder(text, [FRAMSTEGET.description, 'Sammanfattning', summary, 'Teamets rekommendation', 'Teamets förslag Vinnare', 'Utkast till motivering', citation, 'Bedömning per aspekt'])).toEqual([]);
    const anonymous = buildPrisbedomningModel({ ...source(), assessment: { ...file, team: { ...file.team, summary: 'Lindgårdens nattfasta är ny.' } }, prizeId: 'framsteget', reportDate: REPORT_DATE, anonymous: true });
    expect(anonymous.proposal!.summary).toBe('[namn] nattfasta är ny.');
  });

  it('scrubs the entrant’s and the team’s names out of the anonymised edition, texts included', async () => {
    const named = prizeAssessment('c-solrosen', [{ aspectId: 'nytt', strengths: [['Solrosens bildlogg, som Anna Lind lyfte, är ny.', 'AL', [7]]], improvements: [] }]);
    const file = prizeTeamFile(teamFileInput(solrosen), [named]).file;
    const model = buildPrisbedomningModel({ ...source(), assessment: file, prizeId: 'framsteget', reportDate: REPORT_DATE, anonymous: true });
    expect(model.contestant).toEqual({ code: 'A', name: null, organisation: null, classTitle: 'Förskola' });
    expect(model.aspects[0]!.strengths[0]!.text).toBe('[namn] bildlogg, som [namn] lyfte, är ny.');
    const text = pdftotext((await renderReport({ kind: 'prisbedomning', name: '', model }, { fonts, deterministic: true })).bytes);
    for (const name of ['Solros', 'Norrby', ...EXAMINER_NAMES]) expect(text).not.toContain(name);
  });

  it('is the team’s: one examiner’s own file, and a file without the prize, are refused', () => {
    const own = signed(individualFileInput(solrosen, 'BH')).file;
    expect(() => buildPrisbedomningModel({ ...source(), assessment: own, prizeId: 'framsteget', reportDate: REPORT_DATE })).toThrow('filen är Bilal Haddads individuella bedömning');
    const plain = signed(teamFileInput(solrosen)).file;
    expect(() => buildPrisbedomningModel({ ...source(), assessment: plain, reportDate: REPORT_DATE })).toThrow('har ingen skriftlig bedömning av Framsteget');
  });
});

describe('the prisåterföring to the entrant', () => {
  let model: PrisaterforingModel;
  let text: string;

  beforeAll(async () => {
    model = buildPrisaterforingModel({ ...source(POLICY.none), assessment: solrosenPrizeFile().file, reportDate: REPORT_DATE, decision: DECISION });
    text = pdftotext((await renderReport({ kind: 'prisaterforing', name: '', model }, { fonts, deterministic: true })).bytes);
  });

  it('opens with thanks, the prize, how the entry was assessed, how to read it, sender and contact; then the jury’s decision and citation', () => {
    expect(
      outOfOrder(text, [
        'Tack för att Förskolan Solrosen deltog i Framsteget',
        FRAMSTEGET.description,
        'Priset bedöms i ord, utan poäng',
        'Så har ert bidrag bedömts',
        'besökte teamet er verksamhet',
        'Så läser ni rapporten',
        'Rapporten skickas av Stadsledningskontoret, Stockholms stad.',
        'kontakta Maria Holm, maria.holm@stockholm.se, telefon 08-508 290 00.',
        'Domarkommitténs beslut',
        'Domarkommittén fattade sitt beslut om Framsteget – Stockholms stads pris för nyskapande den 15 mars 2027. Förskolan Solrosen får priset',
        'Domarkommitténs motivering',
        CITATION,
      ]),
    ).toEqual([]);
    // The team's letter to an entrant also in the scored award is about the award: it stays in the återföringsrapport.
    expect(text).not.toContain('Till er från examinatorsteamet');
  });

  it('has per aspect what it asks, then the strengths, then the improvement areas with their pages', () => {
    expect(outOfOrder(text, ['Bedömning per aspekt', ...aspectOrder((list) => list.map((p) => `s. ${p}`).join(' '))])).toEqual([]);
    expect(text).toContain('Teamet har inte noterat några förbättringsområden för aspekten.');
  });

  it('has no site-visit question, private note, source initials or examiner name unless the round names them', async () => {
    expect(text).not.toContain(PRIZE_QUESTION.slice(0, 30));
    expect(text).not.toContain(PRIZE_PRIVATE_NOTE.slice(0, 30));
    for (const name of EXAMINER_NAMES) expect(text).not.toContain(name);
    expect(text).not.toMatch(/\bAL\b|\bBH\b|\bCE\b/);
    const named = buildPrisaterforingModel({ ...source(POLICY.points), assessment: solrosenPrizeFile().file, reportDate: REPORT_DATE });
    const namedText = pdftotext((await renderReport({ kind: 'prisaterforing', name: '', model: named }, { fonts, deterministic: true })).bytes);
    expect(namedText).toContain('Teamet bestod av Anna Lind (utvärderingsledare), Bilal Haddad och Cecilia Ek.');
    expect(namedText).not.toContain('Domarkommitténs beslut');
  });

  it('speaks of the prize alone for an entrant only in prizes: its themes and next steps, no classes', async () => {
    const file = lindgardenPrizeFile().file;
    if (file.stage === 'individual') throw new Error('a team file was expected');
    const letter = 'Tack för ett bidrag som visar vad nytt kan betyda.';
    const only = buildPrisaterforingModel({ ...source(POLICY.none), assessment: { ...file, team: { ...file.team, toContestant: letter } }, reportDate: REPORT_DATE });
    expect(only.nextSteps.length).toBeGreaterThan(0);
    expect(model.nextSteps).toEqual([]);
    const onlyText = pdftotext((await renderReport({ kind: 'prisaterforing', name: '', model: only }, { fonts, deterministic: true })).bytes);
    expect(onlyText).toContain('Förslag på nästa steg');
    expect(only.message).toEqual([letter]);
    expect(outOfOrder(onlyText, ['Till er från examinatorsteamet', letter])).toEqual([]);
    expect(onlyText).not.toContain('Tävlingsklass');
  });
});

describe('the prisåterföring as a Word document', () => {
  let bytes: Buffer;
  let html: string;

  beforeAll(async () => {
    const model = buildPrisaterforingModel({ ...source(POLICY.none), assessment: solrosenPrizeFile().file, reportDate: REPORT_DATE, decision: DECISION });
    bytes = await prisaterforingDocx(model);
    const converted = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
    expect(converted.messages).toEqual([]);
    html = converted.value;
  });

  it('has the same content in real Word headings and lists: per aspect what it asks, strengths, improvements with pages', () => {
    const headings = [...html.matchAll(/<h([1-4])>([^<]*)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Om återföringen',
      '2 Om priset',
      '2 Så har ert bidrag bedömts',
      '2 Så läser ni rapporten',
      '2 Avsändare och kontakt',
      '1 Domarkommitténs beslut',
      '2 Domarkommitténs motivering',
      '1 Bedömning per aspekt',
      ...FRAMSTEGET.aspects.flatMap((a) => [`2 ${a.title}`, '4 Vad aspekten efterfrågar', '3 Styrkor', '3 Förbättringsområden']),
    ]);
    expect(html).toContain(
      '<h3>Styrkor</h3><ul><li>Bildloggen är ett eget arbetssätt där barnen själva fotograferar och berättar om dagen för sina vårdnadshavare. (s.\u00a07)</li><li>Förskolan utvecklade arbetssättet tillsammans med barnen under ett helt år innan det infördes. (s.\u00a07, s.\u00a08)</li></ul>',
    );
    expect(html).toContain(`<p><em>${CITATION}</em></p>`);
    expect(html).not.toContain(PRIZE_PRIVATE_NOTE.slice(0, 30));
    expect(html).not.toContain(PRIZE_QUESTION.slice(0, 30));
  });

  it('converts in LibreOffice to a PDF with the same words', () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
    if (!soffice) return;
    const dir = tempDir();
    const path = join(dir, 'prisaterforing.docx');
    writeFileSync(path, bytes);
    execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 120_000 });
    const text = normalise(execFileSync('pdftotext', [join(dir, 'prisaterforing.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toContain('Vad aspekten efterfrågar');
    expect(text).toContain(CITATION);
  });
});
