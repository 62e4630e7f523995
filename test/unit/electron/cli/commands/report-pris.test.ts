import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { bundleBytes, examplePrivateKey } from '../../../../helpers/bundles';
import { decisionBytes, finalMeetingContent, firstMeetingContent } from '../../../../helpers/decisions';
import { withFramsteget } from '../../../../helpers/prize-round';
import { lindgardenPrizeFile, PRIZE_PRIVATE_NOTE, PRIZE_QUESTION, solrosenPrizeFile } from '../../../../helpers/reports/framsteget';
import { individualFileInput, teamFileInput, type FileContext } from '../../../../helpers/reports/source';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { cli, contextOf, suiteDir, write } from '../../../../helpers/report-cli';
import { normalise, readPdf } from '../../core/reports/read-pdf';

const DATE = ['--date', '2026-10-20'];
const CITATION = 'För en bildlogg som ger barnen en egen röst i förskolans vardag.';

let round: string;
let plainRound: string;
let context: FileContext;
let files: { solrosen: string; lindgarden: string; bilal: string; plain: string };
let out: string;

beforeAll(async () => {
  const dir = suiteDir();
  round = join(dir, 'framsteget.kvomgang');
  plainRound = join(dir, 'utan-pris.kvomgang');
  writeFileSync(round, await bundleBytes({ editRound: withFramsteget }));
  writeFileSync(plainRound, await bundleBytes());
  context = await contextOf(round);
  out = suiteDir();
  files = {
    solrosen: join(dir, 'solrosen.kvbedomning'),
    lindgarden: join(dir, 'lindgarden.kvbedomning'),
    bilal: write(dir, 'bilal.kvbedomning', individualFileInput(solrosen, 'BH', { context })),
    plain: write(dir, 'utan-pris.kvbedomning', teamFileInput(solrosen, { context })),
  };
  writeFileSync(files.solrosen, solrosenPrizeFile(context).bytes);
  writeFileSync(files.lindgarden, lindgardenPrizeFile(context).bytes);
});

/** Each part found after the one before it: the parts that are not, with where the search began. */
function outOfOrder(text: string, ...parts: string[]): string[] {
  let cursor = 0;
  const missing: string[] = [];
  for (const part of parts) {
    const at = text.indexOf(normalise(part), cursor);
    if (at < 0) missing.push(`${part} (after ${cursor})`);
    else cursor = at + 1;
  }
  return missing;
}

describe('examinator report prisbedomning', () => {
  it('writes the team’s assessment per aspect with pages, the site-visit questions and the file it rests on — no private note', async () => {
    const path = join(out, 'prisbedomning.pdf');
    const run = await cli('report', 'prisbedomning', '--round', round, '--assessment', files.solrosen, '--out', path, ...DATE);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^Prisbedömningen av Förskolan Solrosen \(Framsteget – Stockholms stads pris för nyskapande\) är sparad i .*prisbedomning\.pdf \(\d+ sidor?, \d+ kB\)\.$/);
    const { text } = await readPdf(readFileSync(path));
    expect(outOfOrder(text, 'Framsteget – Stockholms stads pris för nyskapande', FRAMSTEGET.description, 'Nytt', FRAMSTEGET.aspects[0]!.description, 'Styrkor (2)', 'Bildloggen är ett eget arbetssätt', 's. 7', 'Förbättringsområden (1)', 'Det framgår inte vad som skiljer', 's. 8', 'Frågor vid platsbesök', PRIZE_QUESTION, 'Skapar värde', 'Används', 'Underlag', 'Konsensus efter platsbesök, revision 1, av Anna Lind')).toEqual([]);
    expect(text).toMatch(/SHA-256 [0-9a-f]{64} · nyckel [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/);
    expect(text).toContain('Anna Lind (utvärderingsledare)');
    expect(text).not.toContain(PRIZE_PRIVATE_NOTE.slice(0, 30));
    expect(text).not.toMatch(/Totalpoäng|Viktade poäng/);
  });

  it('names no one in the anonymised edition: the entrant by its code, no examiner, no author', async () => {
    const path = join(out, 'prisbedomning-kodad.pdf');
    const run = await cli('report', 'prisbedomning', '--round', round, '--assessment', files.lindgarden, '--anonymous', '--out', path, ...DATE);
    expect(run.code, run.err).toBe(0);
    const { text } = await readPdf(readFileSync(path));
    expect(text).toContain('Tävlande B');
    expect(text).toContain('Deltar bara i priset');
    expect(text).toContain('Teamets konsensus, revision 1 SHA-256');
    for (const name of ['Lindgård', 'Sjövik', 'Anna Lind', 'Bilal Haddad', 'Cecilia Ek']) expect(text).not.toContain(name);
  });

  it('refuses one examiner’s own file, a prize the round does not have, and a round without the prize', async () => {
    const own = await cli('report', 'prisbedomning', '--round', round, '--assessment', files.bilal, '--out', join(out, 'nej1.pdf'), ...DATE);
    expect(own.code).toBe(1);
    expect(own.err.split('\n').at(-1)).toBe('Fel: Prisets rapporter bygger på teamets bedömning, men filen är Bilal Haddads individuella bedömning. Använd teamets konsensusfil.');
    const unknown = await cli('report', 'prisbedomning', '--round', round, '--assessment', files.solrosen, '--prize', 'guldstjarnan', '--out', join(out, 'nej2.pdf'), ...DATE);
    expect(unknown.err.split('\n').at(-1)).toBe('Fel: Priset "guldstjarnan" finns inte i omgången. Omgångens priser: framsteget (Framsteget – Stockholms stads pris för nyskapande).');
    const noPrize = await cli('report', 'prisbedomning', '--round', plainRound, '--assessment', files.plain, '--out', join(out, 'nej3.pdf'), ...DATE);
    expect(noPrize.code).toBe(1);
    expect(noPrize.err.split('\n').at(-1)).toBe('Fel: Förskolan Solrosen deltar inte i något pris i omgången.');
    for (const name of ['nej1.pdf', 'nej2.pdf', 'nej3.pdf']) expect(existsSync(join(out, name))).toBe(false);
  });

  it('the scored bedömning of a prize-only entrant is refused with the existing reason', async () => {
    const run = await cli('report', 'bedomning', '--round', round, '--assessment', files.lindgarden, '--out', join(out, 'nej4.pdf'), ...DATE);
    expect(run.code).toBe(1);
    expect(run.err.split('\n').at(-1)).toMatch(/Fel: (lindgarden.kvbedomning: )?Lindgårdens vård- och omsorgsboende tävlar bara om priser, inte i den poängsatta utmärkelsen/);
  });
});

describe('examinator report prisaterforing', () => {
  let finalFile: string;
  let firstFile: string;

  beforeAll(() => {
    const ids = { roundId: context.roundId, packageId: context.criteriaPackage.id, packageRevision: context.criteriaPackage.revision, packageSha256: context.criteriaPackage.sha256 };
    const prizes = [{ id: 'framsteget', contestants: [{ contestant: 'c-solrosen', decision: 'winner' as const, citation: CITATION }, { contestant: 'c-lindgarden', decision: 'none' as const }] }];
    const dir = suiteDir();
    finalFile = join(dir, 'slut.kvbeslut');
    firstFile = join(dir, 'forsta.kvbeslut');
    const final = finalMeetingContent(ids);
    writeFileSync(finalFile, decisionBytes({ ...final, classes: final.classes.filter((c) => c.id === 'forskola'), prizes } as typeof final, examplePrivateKey()));
    const first = firstMeetingContent(ids);
    const visits = [{ id: 'framsteget', contestants: [{ contestant: 'c-solrosen', siteVisit: true }, { contestant: 'c-lindgarden', siteVisit: false }] }];
    writeFileSync(firstFile, decisionBytes({ ...first, classes: first.classes.filter((c) => c.id === 'forskola'), prizes: visits } as typeof first, examplePrivateKey()));
  });

  it('writes the letter with the jury’s prize decision and citation; per aspect what it asks, strengths, improvements with pages; nothing for the jury only', async () => {
    const path = join(out, 'prisaterforing.pdf');
    const run = await cli('report', 'prisaterforing', '--round', round, '--assessment', files.solrosen, '--decision', finalFile, '--out', path, ...DATE);
    expect(run.code, run.err).toBe(0);
    const { text } = await readPdf(readFileSync(path));
    expect(outOfOrder(text, 'Tack för att Förskolan Solrosen deltog i Framsteget', 'Domarkommitténs beslut', 'Förskolan Solrosen får priset', 'Domarkommitténs motivering', CITATION, 'Nytt', 'Vad aspekten efterfrågar', 'Styrkor', 'Bildloggen är ett eget arbetssätt', 'Förbättringsområden', 'Det framgår inte vad som skiljer')).toEqual([]);
    expect(text).not.toContain(PRIZE_PRIVATE_NOTE.slice(0, 30));
    expect(text).not.toContain(PRIZE_QUESTION.slice(0, 30));
    for (const name of ['Anna Lind', 'Bilal Haddad', 'Cecilia Ek']) expect(text).not.toContain(name);
  });

  it('writes the same letter as a Word document with --docx, and refuses a first meeting’s decision', async () => {
    const path = join(out, 'prisaterforing.docx');
    const run = await cli('report', 'prisaterforing', '--round', round, '--assessment', files.lindgarden, '--decision', finalFile, '--docx', '--out', path, ...DATE);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^Återföringen om Framsteget – Stockholms stads pris för nyskapande till Lindgårdens vård- och omsorgsboende är sparad som Word-dokument i .*\.docx \(\d+ kB\)\.$/);
    const { value: html } = await mammoth.convertToHtml({ path });
    expect(html).toContain('<h1>Bedömning per aspekt</h1><h2>Nytt</h2><h4>Vad aspekten efterfrågar</h4>');
    expect(html).toContain('<li>Antalet fall nattetid minskade från 14 till 6 under det första året. (s.\u00a018)</li>');
    expect(html).toContain('Lindgårdens vård- och omsorgsboende fick inte priset den här gången.');
    expect(html).not.toContain('Domarkommitténs motivering');

    const refused = await cli('report', 'prisaterforing', '--round', round, '--assessment', files.lindgarden, '--decision', firstFile, '--out', join(out, 'nej.pdf'), ...DATE);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Fel: Beslutsfilen är från domarkommitténs första möte \(2027-03-15\)/);
  });
});

describe('examinator report prisbedomning/prisaterforing --help', () => {
  it('is in Swedish and lists the prize reports in the group', async () => {
    const group = await cli('report', '--help');
    expect(group.out).toMatch(/prisbedomning \[flaggor\]\s+prisbedömningen av ett prisbidrag för/);
    expect(group.out).toMatch(/prisaterforing \[flaggor\]\s+återföringen om priset till den tävlande enheten/);
    for (const command of ['prisbedomning', 'prisaterforing']) {
      const help = await cli('report', command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Användning: examinator report ${command} [flaggor]`);
      expect(help.out).toContain('--prize <id>');
      expect(help.out).not.toMatch(/Usage|Options|default|\bthe\b/);
    }
  });
});
