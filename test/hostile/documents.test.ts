/**
 * Hostile documents opened directly (document:import): each is refused with a
 * Swedish message and leaves the database unchanged, or is handled safely.
 */
import { closeSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { makePdf } from '../helpers/pdf';
import { tempDir } from '../helpers/temp';
import { recordHostile } from './record';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/documents', name));

function zip(entries: Record<string, Buffer | string>): Promise<Buffer> {
  const out = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) out.addBuffer(Buffer.from(content), name);
  out.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    out.outputStream.on('data', (c: Buffer) => chunks.push(c));
    out.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** Imports `file` (already on disk); expects a refusal matching `message`, and no change to the database. */
async function expectRefused(importer: string, input: string, path: string, message: RegExp) {
  const core = testCore();
  const database = core.context.paths.databaseFile;
  const before = dbFingerprint(database);
  const ref = core.context.files.register(path);
  const outcome = await call(core, 'document:import', { fileId: ref.id }).then(
    () => null,
    (error: Error) => error,
  );
  const changed = dbFingerprint(database) !== before;
  recordHostile({ importer, input, refused: outcome !== null && message.test(outcome.message), changedDatabase: changed });
  expect(outcome?.message).toMatch(message);
  expect(changed).toBe(false);
}

function onDisk(name: string, bytes: Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

describe('hostile documents', () => {
  it('refuses a password-protected PDF', async () => {
    const pdf = await makePdf([['Hemligt innehåll']], { userPassword: 'hemligt', ownerPassword: 'ägare' });
    await expectRefused('pdf', 'encrypted PDF (user password)', onDisk('krypterad.pdf', pdf), /"krypterad.pdf" är lösenordsskyddad/);
  });

  it('refuses a damaged (truncated) PDF and one that is garbage after its header', async () => {
    const real = fixture('lindgarden.pdf');
    await expectRefused('pdf', 'truncated PDF', onDisk('halv.pdf', real.subarray(0, real.length / 3)), /"halv.pdf" är skadad/);
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20_000, 0x41)]);
    await expectRefused('pdf', 'PDF header followed by garbage', onDisk('skräp.pdf', garbage), /"skräp.pdf" är skadad/);
  });

  it('refuses empty files and files over 50 MB (a sparse 200 MB file is never read)', async () => {
    await expectRefused('pdf', '0-byte file', onDisk('tom.pdf', Buffer.alloc(0)), /"tom.pdf" är tom/);
    const big = join(tempDir(), 'jätte.pdf');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 200 * 1024 * 1024);
    try {
      await expectRefused('pdf', '200 MB file (sparse)', big, /"jätte.pdf" är större än 50 MB/);
    } finally {
      rmSync(big, { force: true });
    }
  });

  it('refuses a PDF with more pages than any application has (2 001)', async () => {
    const pdf = await makePdf(Array.from({ length: 2_001 }, (_, i) => [`Sida ${i + 1}`]));
    await expectRefused('pdf', '2 001-page PDF', onDisk('tjock.pdf', pdf), /"tjock.pdf" har 2001 sidor; Examinator tar emot högst 2000/);
  });

  it('refuses a DOCX that is a ZIP bomb', async () => {
    const bomb = await zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': Buffer.alloc(120 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused('docx', 'ZIP bomb (120 MB document.xml)', onDisk('bomb.docx', bomb), /packas upp till orimligt mycket data/);
  });

  it('refuses files that are not what their extension says', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await expectRefused('pdf', 'PNG named .pdf', onDisk('bild.pdf', png), /"bild.pdf" är varken en PDF- eller en Word-fil/);
    const notWord = await zip({ 'readme.txt': 'hej' });
    await expectRefused('docx', 'plain ZIP named .docx', onDisk('arkiv.docx', notWord), /"arkiv.docx" är en ZIP-fil men ingen Word-fil/);
    await expectRefused('docx', 'HTML named .docx', onDisk('sida.docx', Buffer.from('<html><body>x</body></html>')), /varken en PDF- eller en Word-fil/);
  });

  it('reads a DOCX with an XML entity expansion (billion laughs) without expanding it', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const document = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "ha">${laughs}]>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:r><w:t>Skratt &l9;</w:t></w:r></w:p></w:body></w:document>`;
    const docx = await zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': document });
    const core = testCore();
    const started = Date.now();
    const outcome = await call(core, 'document:import', { fileId: core.context.files.register(onDisk('skratt.docx', docx)).id }).then(
      (doc) => ({ refused: false, words: doc.wordCount }),
      () => ({ refused: true, words: 0 }),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcome.words).toBeLessThan(100);
    recordHostile({ importer: 'docx', input: 'XML entity expansion (not expanded)', refused: outcome.refused, acceptedSafely: !outcome.refused, changedDatabase: false });
  });

  it('accepts a PDF with a JavaScript action but never runs it, and says so', async () => {
    // Decision: scripts are inert here (text extraction and the viewer never execute them), so refusing
    // the contestant's document would only hurt; the viewer tells the examiner the scripts were ignored.
    const pdf = await makePdf([['Ett dokument med skript.']], { openActionScript: 'app.alert("hej"); this.submitForm("https://example.com")' });
    const core = testCore();
    const doc = await call(core, 'document:import', { fileId: core.context.files.register(onDisk('skript.pdf', pdf)).id });
    expect(doc.hasScripts).toBe(true);
    expect(doc.unitCount).toBe(1);
    recordHostile({ importer: 'pdf', input: 'PDF with JavaScript open action (accepted, never run)', refused: false, acceptedSafely: true, changedDatabase: false });
  });

  it('opens a PDF named .docx as the PDF it is (content decides, never the extension)', async () => {
    const core = testCore();
    const doc = await call(core, 'document:import', { fileId: core.context.files.register(onDisk('egentligen-pdf.docx', fixture('lindgarden.pdf'))).id });
    expect(doc).toMatchObject({ format: 'pdf', unitKind: 'page', unitCount: 30 });
    recordHostile({ importer: 'docx', input: 'PDF named .docx (read as PDF)', refused: false, acceptedSafely: true, changedDatabase: false });
  });
});
