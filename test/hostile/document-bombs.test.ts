/**
 * Documents built to take the machine down (issue 13, items 6 and 7): each is
 * refused with a Swedish reason by the app (document:import) and by the CLI
 * (`document inspect`), the database unchanged, the process's peak memory
 * under 1 GB and its event loop never held for more than 200 ms.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { zipBytes } from '../../electron/core/documents/docx-zip';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { pageInflatingTo, pdfWithContents } from '../helpers/pdf-bomb';
import { tempDir } from '../helpers/temp';
import { recordHostile } from './record';
import { measured, type ResourceUse } from './resources';

const MAX_PEAK_RSS_MB = 1024;
const MAX_BLOCKED_MS = 200;

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const BODY_START = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const BODY_END = '</w:body></w:document>';

/** A DOCX whose body is `paragraph` `count` times, streamed into the ZIP (the XML is never whole in memory). */
function docxOf(paragraph: string, count: number): Promise<Buffer> {
  const perChunk = Math.max(1, Math.floor((1 << 20) / paragraph.length));
  function* body() {
    yield BODY_START;
    for (let left = count; left > 0; left -= perChunk) yield paragraph.repeat(Math.min(perChunk, left));
    yield BODY_END;
  }
  const out = new yazl.ZipFile();
  out.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  out.addBuffer(Buffer.from(RELS), '_rels/.rels');
  out.addReadStream(Readable.from(body()), 'word/document.xml');
  return zipBytes(out);
}

const ONE_LETTER = '<w:p><w:r><w:t>a</w:t></w:r></w:p>';

const describeUse = (use: ResourceUse<unknown>) =>
  `peak ${Math.round(use.peakRssMb)} MB, loop blocked ≤ ${Math.round(use.maxBlockedMs)} ms (timers late ≤ ${Math.round(use.maxLatenessMs)} ms), ${Math.round(use.elapsedMs)} ms`;

/**
 * Imports `bytes` as `name` through the real core, measured, and optionally runs `document inspect` on it;
 * each must refuse with `reason`, and nothing may change.
 */
async function expectBombRefused(options: {
  importer: 'docx' | 'pdf';
  input: string;
  name: string;
  bytes: Buffer;
  reason: RegExp;
  /** Also through `examinator document inspect` (the attacks as first made; the CLI runs the same core). */
  cli?: boolean;
}) {
  const path = join(tempDir(), options.name);
  writeFileSync(path, options.bytes);
  const core = testCore();
  const database = core.context.paths.databaseFile;
  const before = dbFingerprint(database);
  const app = await measured(() =>
    call(core, 'document:import', { fileId: core.context.files.register(path).id }).then(
      () => null,
      (error: Error) => error.message,
    ),
  );
  const changedDatabase = dbFingerprint(database) !== before;
  const err: string[] = [];
  const cli = options.cli
    ? await measured(() => runCli(['document', 'inspect', path], { out: () => undefined, err: (text) => void err.push(text) }))
    : null;
  const refused = app.result !== null && options.reason.test(app.result) && (!cli || (cli.result === 1 && options.reason.test(err.join(''))));
  recordHostile({ importer: options.importer, input: options.input, refused, changedDatabase });
  // The figures, for whoever watches the run: how far each case stays from the bounds.
  console.log(`${options.input}: app ${describeUse(app)}${cli ? `; cli ${describeUse(cli)}` : ''}`);
  expect(app.result).toMatch(options.reason);
  expect(changedDatabase).toBe(false);
  if (cli) {
    expect(cli.result).toBe(1);
    expect(err.join('').trimEnd().split('\n')).toHaveLength(1);
    expect(err.join('')).toMatch(options.reason);
  }
  for (const run of cli ? [app, cli] : [app]) {
    expect(run.peakRssMb).toBeLessThan(MAX_PEAK_RSS_MB);
    expect(run.maxBlockedMs).toBeLessThan(MAX_BLOCKED_MS);
  }
}

describe('document bombs', { timeout: 120_000 }, () => {
  // The attack as made (1.6 million paragraphs: `document inspect` died at 4.4 GB), and its 20 kB variant.
  const elementBombs = [
    { paragraphs: 1_600_000, under: 200 * 1024, name: 'stycken.docx', input: 'paragraph bomb (1.6 million paragraphs, 55 MB XML)', cli: true },
    { paragraphs: 200_000, under: 25 * 1024, name: 'liten.docx', input: 'paragraph bomb (200 000 paragraphs, 20 kB file)', cli: false },
  ];
  for (const bomb of elementBombs) {
    it(`refuses a DOCX of ${bomb.paragraphs} one-letter paragraphs in under ${bomb.under / 1024} kB by its element count`, async () => {
      const bytes = await docxOf(ONE_LETTER, bomb.paragraphs);
      expect(bytes.length).toBeLessThan(bomb.under);
      const name = bomb.name.replace('.', '\\.');
      await expectBombRefused({
        ...bomb,
        importer: 'docx',
        bytes,
        reason: new RegExp(`^(Fel: )?"${name}" består av fler än 150\\s000 XML-element och har inte tagits emot\\. Kontrollera att det är rätt fil\\.\\n?$`),
      });
    });
  }

  it('refuses a DOCX just under the element bound but with more paragraphs than any application has', async () => {
    // 49 990 × 3 elements, just under the bound: the most mammoth is ever given, so this is the DOCX worker's worst case.
    await expectBombRefused({
      importer: 'docx',
      input: 'paragraph bomb under the element bound (49 990 paragraphs)',
      name: 'många.docx',
      bytes: await docxOf(ONE_LETTER, 49_990),
      reason: /"många\.docx" har fler än 20\s000 stycken; Examinator tar emot högst så många\. Kontrollera att det är rätt fil\./,
    });
  });

  it('refuses a DOCX whose few paragraphs hold more text than any application has', async () => {
    const paragraph = `<w:p><w:r><w:t>${'lorem ipsum '.repeat(100_000)}</w:t></w:r></w:p>`;
    await expectBombRefused({
      importer: 'docx',
      input: 'text bomb (12 million characters in 10 paragraphs)',
      name: 'text.docx',
      bytes: await docxOf(paragraph, 10),
      reason: /"text\.docx" innehåller orimligt mycket text och har inte tagits emot\./,
    });
  });

  it('refuses a 3 MB two-page PDF whose content streams each inflate to 1.5 GB', async () => {
    const bytes = pdfWithContents([pageInflatingTo('Sida ett', 1536), pageInflatingTo('Sida 2', 1536)]);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    await expectBombRefused({
      importer: 'pdf',
      input: 'compression bomb (two content streams of 1.5 GB each in 3 MB)',
      name: 'bomb.pdf',
      bytes,
      cli: true,
      reason: /^(Fel: )?"bomb\.pdf" packas upp till orimligt mycket data och har inte tagits emot\. Be om en vanlig PDF-fil\.\n?$/,
    });
  });
});
