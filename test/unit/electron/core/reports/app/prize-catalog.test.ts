/**
 * The Rapporter screen's catalogue and jobs for prize entries, from the
 * inputs the app reads (the round as imported, the team's latest file per
 * contestant, the jury's decisions held): a prize-only entrant offers only the
 * prize reports, an entrant in both offers both, and the jobs make real PDFs.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportOptions } from '../../../../../../shared/contract/reports';
import { examplePrivateKey, exampleTrust } from '../../../../../helpers/bundles';
import { decisionBytes, finalMeetingContent } from '../../../../../helpers/decisions';
import { call } from '../../../../../helpers/core';
import { importFiles } from '../../../../../helpers/exchange';
import { prizeCore } from '../../../../../helpers/prize-round';
import { fonts } from '../../../../../helpers/reports/fonts';
import { lindgardenPrizeFile, PRIZE_PRIVATE_NOTE, solrosenPrizeFile } from '../../../../../helpers/reports/framsteget';
import { solrosen } from '../../../../../helpers/reports/solrosen';
import { signed, teamFileInput } from '../../../../../helpers/reports/source';
import { catalog, plan } from '../../../../../../electron/core/reports/app/catalog';
import type { ContestantInputs, ReportInputs } from '../../../../../../electron/core/reports/app/inputs';
import { verifyDecisionBytes } from '../../../../../../electron/core/jury/decision-file';
import { getRound } from '../../../../../../electron/core/rounds/model';
import { renderReport } from '../../../../../../electron/core/reports/render';
import { readPdf } from '../read-pdf';

const OPTIONS: ReportOptions = { appendix: false, anonymous: false, meeting: 'final' };
const DATE = '2026-10-20';
const CITATION = 'För en bildlogg som ger barnen en egen röst.';

let inputs: ReportInputs;

function withTeam(team: ContestantInputs['team'], signedBy: { sha256: string; keyId: string } | null = null): ContestantInputs {
  return { team, teamMissing: team ? null : 'Teamets konsensusbedömning har inte kommit hit ännu.', teamSigned: signedBy, individual: null };
}

beforeAll(async () => {
  const core = await prizeCore();
  const facts = getRound(core.context.store.db, 'ku-2026-ovning');
  const sol = solrosenPrizeFile();
  const lin = lindgardenPrizeFile();
  const ids = { roundId: facts.id, packageId: facts.packageId, packageRevision: facts.packageRevision, packageSha256: facts.packageSha256 };
  const final = finalMeetingContent(ids);
  const content = {
    ...final,
    classes: final.classes.filter((c) => c.id === 'forskola'),
    prizes: [{ id: 'framsteget', contestants: [{ contestant: 'c-solrosen', decision: 'winner' as const, citation: CITATION }, { contestant: 'c-lindgarden', decision: 'none' as const }] }],
  } as typeof final;
  const decision = verifyDecisionBytes(decisionBytes(content, examplePrivateKey()), exampleTrust());
  inputs = {
    facts,
    source: { round: facts.manifest, pkg: facts.pkg, exampleMaterial: facts.example },
    contestants: new Map([
      ['c-solrosen', withTeam(sol.file, { sha256: sol.sha256, keyId: sol.keyId })],
      ['c-lindgarden', withTeam(lin.file, { sha256: lin.sha256, keyId: lin.keyId })],
    ]),
    ownKeyId: 'a'.repeat(64),
    decisions: new Map([['final', decision]]),
  };
});

describe('prize entries on the Rapporter screen', () => {
  it('offers a prize-only entrant only its prize reports, and an entrant in both the scored and the prize reports', () => {
    const titles = catalog(inputs).map((i) => i.title);
    expect(titles.filter((t) => t.includes('Lindgårdens'))).toEqual([
      'Prisbedömning – Framsteget – Stockholms stads pris för nyskapande – Lindgårdens vård- och omsorgsboende',
      'Återföring om priset – Framsteget – Stockholms stads pris för nyskapande – Lindgårdens vård- och omsorgsboende',
    ]);
    expect(titles).toContain('Bedömning – Förskolan Solrosen');
    expect(titles).toContain('Återföringsrapport – Förskolan Solrosen');
    expect(titles).toContain('Prisbedömning – Framsteget – Stockholms stads pris för nyskapande – Förskolan Solrosen');
    expect(catalog(inputs).filter((i) => i.ref.kind.startsWith('pris')).every((i) => i.unavailable === null)).toBe(true);
  });

  it('says why when the team’s file has no written prize assessment, or no team file is here', () => {
    const plainFile = signed(teamFileInput(solrosen)).file;
    const without: ReportInputs = { ...inputs, contestants: new Map([['c-solrosen', withTeam(plainFile)], ['c-lindgarden', withTeam(null)]]) };
    const byTitle = new Map(catalog(without).map((i) => [i.title, i.unavailable]));
    expect(byTitle.get('Prisbedömning – Framsteget – Stockholms stads pris för nyskapande – Förskolan Solrosen')).toBe(
      'Teamets bedömningsfil för Förskolan Solrosen har ingen skriftlig bedömning av Framsteget – Stockholms stads pris för nyskapande.',
    );
    expect(byTitle.get('Återföring om priset – Framsteget – Stockholms stads pris för nyskapande – Lindgårdens vård- och omsorgsboende')).toBe('Teamets konsensusbedömning har inte kommit hit ännu.');
  });

  it('makes the prisbedömning (also anonymised) and the prisåterföring with the jury’s decision held here', async () => {
    const made = plan(inputs, { kind: 'prisbedomning', contestantId: 'c-solrosen', prizeId: 'framsteget' }, OPTIONS, DATE);
    expect(made.fileName).toBe('2026-prisbedomning-framsteget-forskolan-solrosen.pdf');
    const bedomning = await readPdf((await renderReport(made.job, { fonts, deterministic: true })).bytes);
    expect(bedomning.text).toContain('Bildloggen är ett eget arbetssätt');
    expect(bedomning.text).not.toContain(PRIZE_PRIVATE_NOTE.slice(0, 30));

    const coded = plan(inputs, { kind: 'prisbedomning', contestantId: 'c-lindgarden', prizeId: 'framsteget' }, { ...OPTIONS, anonymous: true }, DATE);
    expect(coded.fileName).toBe('2026-prisbedomning-framsteget-tavlande-b.pdf');
    const anonymous = await readPdf((await renderReport(coded.job, { fonts, deterministic: true })).bytes);
    expect(anonymous.text).toContain('Tävlande B');
    expect(anonymous.text).not.toContain('Lindgård');

    const letter = plan(inputs, { kind: 'prisaterforing', contestantId: 'c-solrosen', prizeId: 'framsteget' }, OPTIONS, DATE);
    expect(letter.fileName).toBe('2026-prisaterforing-framsteget-forskolan-solrosen.pdf');
    const aterforing = await readPdf((await renderReport(letter.job, { fonts, deterministic: true })).bytes);
    expect(aterforing.text).toContain('Förskolan Solrosen får priset');
    expect(aterforing.text).toContain(CITATION);
  });

  it('refuses the scored reports of a prize-only entrant with the existing reason', () => {
    for (const ref of [{ kind: 'bedomning', contestantId: 'c-lindgarden', basis: 'team' }, { kind: 'aterforing', contestantId: 'c-lindgarden' }] as const) {
      expect(() => plan(inputs, ref, OPTIONS, DATE)).toThrow('Lindgårdens vård- och omsorgsboende tävlar bara om priser, inte i den poängsatta utmärkelsen');
    }
  });
});

describe('prize reports through the app’s handlers', () => {
  it('lists them from the team file received here, and saves the prisåterföring as Word with the prize', async () => {
    const core = await prizeCore();
    await importFiles(core, { 'solrosen.kvbedomning': solrosenPrizeFile().bytes });
    await call(core, 'round:choose-office', { roundId: 'ku-2026-ovning', change: false });
    const listed = await call(core, 'report:list', { roundId: 'ku-2026-ovning' });
    const solrosenPrize = listed.items.filter((i) => i.ref.kind.startsWith('pris') && i.title.endsWith('Förskolan Solrosen'));
    expect(solrosenPrize.map((i) => [i.ref.kind, i.unavailable, i.basis])).toEqual([
      ['prisbedomning', null, 'teamets bedömning efter platsbesök, revision 1, från Anna Lind'],
      ['prisaterforing', null, 'teamets bedömning efter platsbesök, revision 1, från Anna Lind'],
    ]);
    const saved = (await call(core, 'report:create-word', { roundId: 'ku-2026-ovning', contestantId: 'c-solrosen', prizeId: 'framsteget' }))!;
    expect(saved.fileName).toBe('2026-prisaterforing-framsteget-forskolan-solrosen.docx');
    const { value: html } = await mammoth.convertToHtml({ path: saved.path });
    expect(html).toContain('<h1>Bedömning per aspekt</h1><h2>Nytt</h2>');
    expect(html).not.toContain(PRIZE_PRIVATE_NOTE.slice(0, 30));
  });
});
