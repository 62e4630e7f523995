import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentFileInput } from '../../../../../electron/core/exchange/assessment-file';
import { publicPemOf } from '../../../../../electron/core/packages/keys';
import { commandLineKey } from '../../../../../electron/core/packages/trust-store';
import type { ConsensusCriterion } from '../../../../../shared/domain/assessment';
import type { CriteriaPackage } from '../../../../../shared/formats/criteria-package';
import { bundleBytes, bundleFile, examplePrivateKey, RESOURCES } from '../../../../helpers/bundles';
import { decisionBytes, finalMeetingContent, firstMeetingContent } from '../../../../helpers/decisions';
import { LINDGARDEN_PRIVATE_NOTE, lindgarden } from '../../../../helpers/reports/lindgarden';
import { SOLROSEN_PRIVATE_NOTE, solrosen } from '../../../../helpers/reports/solrosen';
import { individualFileInput, teamFileInput, type FileContext } from '../../../../helpers/reports/source';
import { samplePath } from '../../../../helpers/samples';
import { tempDir } from '../../../../helpers/temp';
import { cli, contextOf, expectedTotal, n, suiteDir, write } from '../../../../helpers/report-cli';
import { normalise, outsidePage, overlappingText, readPdf, type ReadPdf } from '../../core/reports/read-pdf';

const ROUND = samplePath.round;
const DATE = ['--date', '2026-10-20'];

let sample: FileContext & { pkg: CriteriaPackage };
let files: { solrosen: string; lindgarden: string; bilal: string };
let inputs: { solrosen: AssessmentFileInput; lindgarden: AssessmentFileInput };
let out: string;

beforeAll(async () => {
  sample = await contextOf(ROUND);
  const dir = suiteDir();
  out = suiteDir();
  inputs = {
    solrosen: teamFileInput(solrosen, { context: sample, revision: 2, changeLog: { entries: 96, finalHash: 'ab12'.repeat(16) } }),
    lindgarden: teamFileInput(lindgarden, { context: sample }),
  };
  files = {
    solrosen: write(dir, 'solrosen-platsbesok.kvbedomning', inputs.solrosen),
    lindgarden: write(dir, 'lindgarden-konsensus.kvbedomning', inputs.lindgarden),
    bilal: write(dir, 'solrosen-bilal.kvbedomning', individualFileInput(solrosen, 'BH', { context: sample })),
  };
});

describe('examinator report bedomning', () => {
  let run: Awaited<ReturnType<typeof cli>>;
  let pdf: ReadPdf;

  beforeAll(async () => {
    run = await cli('report', 'bedomning', '--round', ROUND, '--assessment', files.solrosen, '--out', join(out, 'bedomning.pdf'), '--appendix', ...DATE);
    pdf = await readPdf(readFileSync(join(out, 'bedomning.pdf')));
  });

  it('writes the PDF, says where and how long, and that the round is övningsmaterial — on stderr and on every page', () => {
    expect(run.code).toBe(0);
    for (const page of pdf.pages) {
      expect(page.text).toContain('Övningsmaterial — signerat med exempelnyckeln');
      expect(overlappingText(page)).toEqual([]);
      expect(outsidePage(page)).toEqual([]);
    }
    expect(run.out).toMatch(
      new RegExp(`^Bedömningen av Förskolan Solrosen \\(bedömning efter platsbesök\\) är sparad i .*bedomning\\.pdf \\(${pdf.pages.length} sidor, \\d+ kB\\)\\.$`),
    );
    expect(run.err).toBe('Övningsmaterial — signerat med exempelnyckeln.');
  });

  it('prints each criterion’s title and agreed score, and totals equal to the scoring rule', () => {
    const criteria = inputs.solrosen.criteria as ConsensusCriterion[];
    for (const c of criteria) {
      const title = sample.pkg.areas.flatMap((a) => a.criteria).find((k) => k.id === c.criterionId)!.title;
      expect(pdf.text).toContain(normalise(`${c.criterionId} ${title} Teamets poäng efter platsbesök ${c.score} %`));
    }
    const total = expectedTotal(sample.pkg, criteria);
    expect(pdf.pages[0]!.text).toContain(`Totalpoäng ${n(total)} av 1 000 p`);
    expect(pdf.text).toContain(`Totalt 1 000 ${n(total)}`);
  });

  it('keeps å, ä and ö, page references, individual scores, the site visit and the appendix with every change log', () => {
    expect(pdf.text).toContain('Målgruppernas behov och förväntningar');
    expect(pdf.text).toContain('4.2 Öppenhet och goda exempel');
    expect(pdf.text).toMatch(/s\. 12/);
    expect(pdf.text).toContain('Individuella poäng AL 80 · BH 60 · CE 90 Spridning 30 – nådde gränsen 30 och har diskuterats');
    expect(pdf.text).toContain('Platsbesöket ändrade poängen från 60 % till 50 %.');
    const appendix = pdf.text.slice(pdf.text.indexOf('Spårbarhetsbilaga'));
    expect(appendix).toContain('Bilal Haddad (BH) 287');
    expect(appendix).toMatch(/Anna Lind \(AL\) 96 (ab12ab12 ){7}ab12ab12 Efter platsbesök, rev\. 2/);
    expect(pdf.text).not.toContain(normalise(SOLROSEN_PRIVATE_NOTE).slice(0, 40));
  });

  it('marks a bedömning from one examiner’s file as individual on every page', async () => {
    const result = await cli('report', 'bedomning', '--round', ROUND, '--assessment', files.bilal, '--out', join(out, 'bilal.pdf'), ...DATE);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Bedömningen av Förskolan Solrosen (individuell bedömning av Bilal Haddad) är sparad');
    const individual = await readPdf(readFileSync(join(out, 'bilal.pdf')));
    for (const page of individual.pages) expect(page.text).toContain('Individuell bedömning — inte teamets konsensus');
    expect(individual.pages[0]!.text).toContain('Individuell bedömning av Bilal Haddad');
    expect(individual.text).toContain(normalise('1.1 Målgruppernas behov och förväntningar Poäng 60 % Systematiskt'));
  });

  it('gives identical bytes twice with --deterministic, and {path, pages, bytes} with --json', async () => {
    const args = ['report', 'bedomning', '--round', ROUND, '--assessment', files.lindgarden, ...DATE, '--deterministic', '--json'];
    const first = await cli(...args, '--out', join(out, 'a.pdf'));
    const second = await cli(...args, '--out', join(out, 'b.pdf'));
    expect([first.code, second.code]).toEqual([0, 0]);
    const bytes = readFileSync(join(out, 'a.pdf'));
    expect(bytes.equals(readFileSync(join(out, 'b.pdf')))).toBe(true);
    expect(JSON.parse(first.out)).toEqual({ path: join(out, 'a.pdf'), pages: (await readPdf(bytes)).pages.length, bytes: statSync(join(out, 'a.pdf')).size });
    const dated = await readPdf(bytes);
    expect(dated.pages[0]!.text).toContain('Datum 20 oktober 2026');
  });
});

describe('examinator report aterforing', () => {
  it('writes the feedback per criterion with page references and next steps — not the jury summary, not the private note in the file', async () => {
    expect(inputs.lindgarden.includesPrivateNotes).toBe(true);
    expect(readFileSync(files.lindgarden, 'utf8')).toContain(LINDGARDEN_PRIVATE_NOTE);
    const result = await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.lindgarden, '--out', join(out, 'aterforing.pdf'), ...DATE);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Återföringsrapporten till Lindgårdens vård- och omsorgsboende är sparad i .*aterforing\.pdf \(\d+ sidor, \d+ kB\)\.$/);
    const pdf = await readPdf(readFileSync(join(out, 'aterforing.pdf')));
    expect(pdf.text).not.toContain(normalise(LINDGARDEN_PRIVATE_NOTE));
    expect(pdf.text).not.toContain('Privat:');
    for (const theme of lindgarden.themes) expect(pdf.text).not.toContain(normalise(theme));
    for (const step of lindgarden.nextSteps) expect(pdf.text).toContain(normalise(step));
    expect(pdf.text).toContain(normalise('Levnadsberättelse och genomförandeplan skrivs tillsammans med den boende inom två veckor efter inflyttning. s. 4'));
    expect(pdf.text).toContain('Förbättringsområden');
    // The övningsomgång has no feedback policy: no scores, no names.
    expect(pdf.text).not.toMatch(/Totalpoäng|Viktade poäng|Motivering till poängen|Individuella poäng|Nivå:|Anna Lind/);
  });

  it("shows points and names when the round's feedback policy says so, with its sender and contact", async () => {
    const bundle = join(suiteDir(), 'poang.kvomgang');
    const feedback = { scores: 'points', examinerNames: true, sender: 'Stadsledningskontoret', contact: { name: 'Maria Holm', email: 'maria.holm@stockholm.se' } };
    writeFileSync(bundle, await bundleBytes({ editRound: (round) => void Object.assign(round.round, { feedback }) }));
    const result = await cli('report', 'aterforing', '--round', bundle, '--assessment', files.lindgarden, '--out', join(out, 'aterforing-poang.pdf'), ...DATE);
    expect(result.code).toBe(0);
    const pdf = await readPdf(readFileSync(join(out, 'aterforing-poang.pdf')));
    expect(pdf.text).toContain(`Totalpoäng ${n(expectedTotal(sample.pkg, inputs.lindgarden.criteria))} av 1 000 p`);
    expect(pdf.text).toContain('Anna Lind (utvärderingsledare)');
    expect(pdf.text).toContain('kontakta Maria Holm, maria.holm@stockholm.se.');
    expect(pdf.text).not.toContain(normalise(LINDGARDEN_PRIVATE_NOTE));
  });

  it('writes the same report as an editable Word document with --docx', async () => {
    const path = join(out, 'aterforing.docx');
    const result = await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.lindgarden, '--out', path, '--docx', ...DATE);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Återföringsrapporten till Lindgårdens vård- och omsorgsboende är sparad som Word-dokument i .*aterforing\.docx \(\d+ kB\)\.$/);
    const { value: html } = await mammoth.convertToHtml({ path });
    expect(html).toContain('<h1>Om återföringen</h1>');
    expect(html).toContain(`<h2>1.1 Målgruppernas behov och förväntningar</h2><h4>Vad kriteriet efterfrågar</h4>`);
    expect(html).toContain('<li>Levnadsberättelse och genomförandeplan skrivs tillsammans med den boende inom två veckor efter inflyttning. (s.\u00a04)</li>');
    expect(html).not.toContain(LINDGARDEN_PRIVATE_NOTE.slice(0, 40));
  });

  it("takes the jury's final decision and citation with --decision; a first meeting's file is refused", async () => {
    const ids = { roundId: sample.roundId, packageId: sample.criteriaPackage.id, packageRevision: sample.criteriaPackage.revision, packageSha256: sample.criteriaPackage.sha256 };
    const dir = suiteDir();
    const [final, first] = [join(dir, 'slut.kvbeslut'), join(dir, 'forsta.kvbeslut')];
    writeFileSync(final, decisionBytes(finalMeetingContent(ids), examplePrivateKey()));
    writeFileSync(first, decisionBytes(firstMeetingContent(ids), examplePrivateKey()));
    const won = join(out, 'aterforing-solrosen-beslut.pdf');
    expect((await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.solrosen, '--decision', final, '--out', won, ...DATE)).code).toBe(0);
    const text = (await readPdf(readFileSync(won))).text;
    expect(text).toContain(normalise('Domarkommittén fattade sitt beslut om tävlingsklassen Förskola den 15 mars 2027. Förskolan Solrosen är klassens vinnare'));
    expect(text).toContain(normalise('Domarkommitténs motivering För ett systematiskt förbättringsarbete som når varje barn.'));
    const none = join(out, 'aterforing-lindgarden-beslut.docx');
    expect((await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.lindgarden, '--decision', final, '--out', none, '--docx', ...DATE)).code).toBe(0);
    const { value: html } = await mammoth.convertToHtml({ path: none });
    expect(html).toContain('Lindgårdens vård- och omsorgsboende fick inte utmärkelsen den här gången.');
    expect(html).not.toContain('Domarkommitténs motivering');

    const refused = await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.solrosen, '--decision', first, '--out', join(out, 'nej-forsta.pdf'), ...DATE);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Fel: Beslutsfilen är från domarkommitténs första möte \(2027-03-15\), där platsbesöken väljs\. Återföringsrapporten tar bara med slutmötets beslut\.$/);
    expect(existsSync(join(out, 'nej-forsta.pdf'))).toBe(false);
    // The output may not overwrite the decision it reads.
    expect((await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.solrosen, '--decision', final, '--out', final, ...DATE)).code).not.toBe(0);
    expect(readFileSync(final).subarray(0, 1).toString()).toBe('{');
  });

  it('has no --scores option any more: the round decides', async () => {
    const result = await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.lindgarden, '--out', join(out, 'x.pdf'), '--scores');
    expect(result.code).toBe(2);
  });

  it('refuses one examiner’s own file: the feedback is the team’s', async () => {
    const result = await cli('report', 'aterforing', '--round', ROUND, '--assessment', files.bilal, '--out', join(out, 'nej.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/\nFel: Återföringsrapporten bygger på teamets bedömning, men filen är Bilal Haddads individuella bedömning\. Använd teamets konsensusfil\.$/);
  });
});

describe('examinator report refuses', () => {
  it('a tampered file, with its name and exit 1', async () => {
    const path = join(tempDir(), 'andrad.kvbedomning');
    writeFileSync(path, readFileSync(files.solrosen, 'utf8').replace('"score": 70', '"score": 100'));
    const result = await cli('report', 'bedomning', '--round', ROUND, '--assessment', path, '--out', join(out, 'nej.pdf'));
    expect(result.code).toBe(1);
    expect(result.err.split('\n').at(-1)).toMatch(/^Fel: andrad\.kvbedomning: Signaturen i bedömningsfilen stämmer inte/);
  });

  it('a file for another round, naming both', async () => {
    const path = write(tempDir(), 'annan.kvbedomning', teamFileInput(solrosen, { context: { ...sample, roundId: 'ku-2025-ovning' } }));
    const result = await cli('report', 'aterforing', '--round', ROUND, '--assessment', path, '--out', join(out, 'nej.pdf'));
    expect(result.code).toBe(1);
    expect(result.err.split('\n').at(-1)).toBe('Fel: annan.kvbedomning: Filen gäller omgången "ku-2025-ovning", men omgångsfilen är "Kvalitetsutmärkelsen 2026 – övningsomgång" (ku-2026-ovning).');
  });

  it('a file for another package, and a consensus not from the team’s lead (the exchange’s own checks)', async () => {
    const otherPackage = write(tempDir(), 'paket.kvbedomning', teamFileInput(solrosen, { context: { ...sample, criteriaPackage: { ...sample.criteriaPackage, revision: 2 } } }));
    const refused = await cli('report', 'bedomning', '--round', ROUND, '--assessment', otherPackage, '--out', join(out, 'nej.pdf'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Fel: paket\.kvbedomning: Filen bygger på kriteriepaketet ku-2026-exempel revision 2 .* men omgången "Kvalitetsutmärkelsen 2026 – övningsomgång" använder ku-2026-exempel revision 1/);
    const byMember = write(tempDir(), 'bilal-konsensus.kvbedomning', { ...teamFileInput(solrosen, { context: sample }), author: { examinerId: 'e-bilal', name: 'Bilal Haddad' } });
    const notLead = await cli('report', 'bedomning', '--round', ROUND, '--assessment', byMember, '--out', join(out, 'nej.pdf'));
    expect(notLead.code).toBe(1);
    expect(notLead.err.split('\n').at(-1)).toBe(
      'Fel: bilal-konsensus.kvbedomning: En konsensusfil för Förskolan Solrosen ska komma från utvärderingsledaren Anna Lind, men den här är från Bilal Haddad.',
    );
  });

  it('a round signed with a key it does not trust, until the key is given with --trust', async () => {
    const key = generateKeyPairSync('ed25519').privateKey;
    const bundle = await bundleFile({ key, trust: [commandLineKey(key, 'egen', RESOURCES)] });
    const publicPem = join(tempDir(), 'public.pem');
    writeFileSync(publicPem, publicPemOf(key));
    const own = await contextOf(bundle, new Map([[commandLineKey(key, 'egen', RESOURCES).keyId, commandLineKey(key, 'egen', RESOURCES)]]));
    const path = write(tempDir(), 'solrosen.kvbedomning', teamFileInput(solrosen, { context: own }));
    const args = ['report', 'bedomning', '--round', bundle, '--assessment', path, '--out', join(out, 'betrodd.pdf')];
    const refused = await cli(...args);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Fel: Filen är signerad med en nyckel som inte är betrodd .*--trust\.$/);
    const trusted = await cli(...args, '--trust', publicPem);
    expect(trusted.code).toBe(0);
    expect(trusted.err).toBe('');
    expect((await readPdf(readFileSync(join(out, 'betrodd.pdf')))).text).not.toContain('Övningsmaterial');
  });

  it('usage mistakes with exit 2: no --out, a date that is not one', async () => {
    const noOut = await cli('report', 'bedomning', '--round', ROUND, '--assessment', files.solrosen);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('Fel: flaggan --out <fil.pdf> måste anges.');
    const badDate = await cli('report', 'bedomning', '--round', ROUND, '--assessment', files.solrosen, '--out', join(out, 'nej.pdf'), '--date', '2026-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toBe('Fel: --date ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-10-20 (fick "2026-02-30").');
    const noFolder = await cli('report', 'bedomning', '--round', ROUND, '--assessment', files.solrosen, '--out', join(out, 'finns-inte', 'x.pdf'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.err.split('\n').at(-1)).toMatch(/^Fel: Mappen för .*x\.pdf finns inte\. Skapa den först, eller välj en annan plats\.$/);
  });
});

describe('examinator report --help', () => {
  it('is in Swedish, for the group and each report', async () => {
    const group = await cli('report', '--help');
    expect(group.code).toBe(0);
    expect(group.out).toContain('Användning: examinator report [flaggor] [kommando]');
    expect(group.out).toMatch(/bedomning \[flaggor\]\s+bedömningen av en tävlande för domarkommittén/);
    for (const command of ['bedomning', 'aterforing', 'sammanstallning']) {
      const help = await cli('report', command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Användning: examinator report ${command} [flaggor]`);
      expect(help.out).toContain('Flaggor:');
      expect(help.out).toContain('--date <ÅÅÅÅ-MM-DD>');
      expect(help.out).not.toMatch(/Usage|Options|default|\bthe\b/);
    }
  });
});
