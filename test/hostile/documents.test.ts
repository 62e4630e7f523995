/**
 * Hostile documents opened directly (document:import): each is refused with a
 * Swedish message and leaves the database unchanged, or is handled safely.
 */
import Database from 'better-sqlite3';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { makePdf } from '../helpers/pdf';
import { tempDir } from '../helpers/temp';
import { sparse, writeHostile } from './harness';
import { recordHostile } from './record';
import { craftZip, entriesOf } from './zip-craft';

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

/** The tables an accepted document is written to; everything else must stay as it was. */
const DOCUMENT_TABLES = ['documents', 'document_units'];

/**
 * Imports a file that is accepted by design. The document tables must change (the document is
 * stored: an accepted input is written); `changedOutsideDocuments` says whether anything else did.
 */
async function importAccepted(path: string) {
  const core = testCore();
  const database = core.context.paths.databaseFile;
  const before = { all: dbFingerprint(database), outside: dbFingerprint(database, { exceptTables: DOCUMENT_TABLES }) };
  const doc = await call(core, 'document:import', { fileId: core.context.files.register(path).id });
  expect(dbFingerprint(database)).not.toBe(before.all);
  const changedOutsideDocuments = dbFingerprint(database, { exceptTables: DOCUMENT_TABLES }) !== before.outside;
  return { core, doc, changedOutsideDocuments };
}

/** Every `table.column` holding `needle` in some row (TEXT as it is, BLOBs read as latin1). */
function columnsContaining(path: string, needle: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const found: string[] = [];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          const text = Buffer.isBuffer(value) ? value.toString('latin1') : typeof value === 'string' ? value : '';
          if (text.includes(needle) && !found.includes(`${table}.${column}`)) found.push(`${table}.${column}`);
        }
      }
    }
    return found;
  } finally {
    db.close();
  }
}

/** The renderer's TypeScript sources, to check what the viewer asks of PDF.js. */
function rendererSources(): { path: string; text: string }[] {
  const root = join(__dirname, '../../renderer');
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
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

  it('refuses an empty Word file and one over 50 MB (a sparse 200 MB file is never read)', async () => {
    await expectRefused('docx', '0-byte file', onDisk('tom.docx', Buffer.alloc(0)), /^"tom\.docx" är tom \(0 byte\) och kan inte läsas\.$/);
    const big = writeHostile(join(tempDir(), 'jätte.docx'), sparse(200 * 1024 * 1024));
    try {
      await expectRefused('docx', '200 MB file (sparse)', big, /^"jätte\.docx" är större än 50 MB och kan inte tas emot\.$/);
    } finally {
      rmSync(big, { force: true });
    }
  });

  it('refuses a DOCX with an entry that points out of the archive (../) or is a symbolic link', async () => {
    // The real Word file, with one entry made hostile (yazl refuses to write such entries; craftZip does).
    const word = await entriesOf(fixture('lindgarden.docx'));
    expect(word.map((e) => e.name)).toContain('word/document.xml');
    const traversal = craftZip([...word, { name: '../../word/document.xml', bytes: Buffer.from('<x/>') }]);
    await expectRefused(
      'docx',
      'entry with ../ (path traversal)',
      onDisk('ut-ur-arkivet.docx', traversal),
      /^"ut-ur-arkivet\.docx" innehåller en post som pekar ut ur arkivet med "\.\.": "\.\.\/\.\.\/word\/document\.xml"\. Filen har inte tagits emot\.$/,
    );
    // A link where mammoth never looks (media): nothing would read it, but Word never writes one either.
    const symlink = craftZip([...word, { name: 'word/media/bild1.png', bytes: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    await expectRefused(
      'docx',
      'symlink entry',
      onDisk('lank.docx', symlink),
      /^"lank\.docx" innehåller en symbolisk länk \("word\/media\/bild1\.png"\), vilket en Word-fil aldrig gör\. Filen har inte tagits emot\.$/,
    );
    // Control: the same entries without the hostile one are read.
    const core = testCore();
    const read = await call(core, 'document:import', { fileId: core.context.files.register(onDisk('hel.docx', craftZip(word))).id });
    expect(read).toMatchObject({ format: 'docx', unitKind: 'paragraph' });
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

  it('refuses a DOCX with an XML entity expansion (billion laughs) quickly, as damaged: entities are never expanded', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const doctype = `<!DOCTYPE d [<!ENTITY l0 "ha">${laughs}]>`;
    const word = (dtd: string, text: string) => `<?xml version="1.0"?>${dtd}
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
    // The control: the same minimal Word file without the DTD and its entities is read (2 words),
    // so the refusal below is about the entities and nothing else.
    const control = await zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': word('', 'Skratt ha') });
    const core = testCore();
    const read = await call(core, 'document:import', { fileId: core.context.files.register(onDisk('kontroll.docx', control)).id });
    expect(read).toMatchObject({ format: 'docx', unitCount: 1, wordCount: 2 });

    const docx = await zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': word(doctype, 'Skratt &l9;') });
    const started = Date.now();
    await expectRefused(
      'docx',
      'XML entity expansion (billion laughs)',
      onDisk('skratt.docx', docx),
      /^"skratt\.docx" är skadad eller ingen giltig Word-fil \(\.docx\) och kan inte läsas\.$/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('accepts a PDF with a JavaScript action but never runs it, and says so', async () => {
    // Decision: scripts are inert here (text extraction and the viewer never execute them), so refusing
    // the contestant's document would only hurt; the viewer tells the examiner the scripts were ignored.
    const script = 'app.alert("hej"); this.submitForm("https://example.com")';
    const pdf = await makePdf([['Ett dokument med skript.']], { openActionScript: script });
    expect(pdf.includes('app.alert') && pdf.includes('submitForm')).toBe(true);
    const { core, doc, changedOutsideDocuments } = await importAccepted(onDisk('skript.pdf', pdf));
    expect(doc.hasScripts).toBe(true);
    expect(doc.unitCount).toBe(1);

    // Where the script could end up, it is not: it stays inside the verbatim file (a BLOB the viewer
    // hands to PDF.js as data), never in the extracted text, the title or any other stored value…
    const database = core.context.paths.databaseFile;
    for (const marker of ['app.alert', 'submitForm', 'example.com']) expect(columnsContaining(database, marker)).toEqual(['documents.content']);
    expect((await call(core, 'document:bytes', { sha256: doc.sha256 })).base64).toBe(pdf.toString('base64'));
    const answers = JSON.stringify([
      await call(core, 'document:open', { sha256: doc.sha256 }),
      await call(core, 'document:text', { sha256: doc.sha256 }),
      await call(core, 'document:list', {}),
    ]);
    expect(answers).not.toMatch(/app\.alert|submitForm|example\.com/);
    // …and the renderer's PDF.js never gets a scripting engine: getDocument without enableScripting,
    // no pdf.js sandbox or scripting manager anywhere in the renderer.
    const viewer = rendererSources();
    expect(viewer.filter(({ text }) => /enableScripting|pdf\.sandbox|PDFScriptingManager|scripting_api/.test(text)).map((f) => f.path)).toEqual([]);
    expect(viewer.some(({ text }) => /getDocument\(\{[^}]*isEvalSupported: false/s.test(text))).toBe(true);

    expect(changedOutsideDocuments).toBe(false);
    recordHostile({
      importer: 'pdf',
      input: 'PDF with JavaScript open action (accepted, never run)',
      refused: false,
      acceptedSafely: true,
      changedDatabase: changedOutsideDocuments,
    });
  });

  it('opens a PDF named .docx as the PDF it is (content decides, never the extension)', async () => {
    const bytes = fixture('lindgarden.pdf');
    const { core, doc, changedOutsideDocuments } = await importAccepted(onDisk('egentligen-pdf.docx', bytes));
    expect(doc).toMatchObject({ format: 'pdf', unitKind: 'page', unitCount: 30 });
    // Stored and served as a PDF: no Word parser ever sees these bytes.
    const db = new Database(core.context.paths.databaseFile, { readonly: true });
    try {
      expect(db.prepare('SELECT media_type FROM documents WHERE sha256 = ?').pluck().get(doc.sha256)).toBe('application/pdf');
    } finally {
      db.close();
    }
    await expect(call(core, 'document:docx-blocks', { sha256: doc.sha256 })).rejects.toThrow('Dokumentet är ingen Word-fil.');
    expect(changedOutsideDocuments).toBe(false);
    recordHostile({
      importer: 'docx',
      input: 'PDF named .docx (read as PDF)',
      refused: false,
      acceptedSafely: true,
      changedDatabase: changedOutsideDocuments,
    });
  });
});
