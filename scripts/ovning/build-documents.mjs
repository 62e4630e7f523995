#!/usr/bin/env node
/**
 * Builds the övningsomgång's own contestants' documents from their text
 * sources: scripts/ovning/text/NAME.md → a DOCX (the `docx` package) →
 * scripts/ovning/documents/NAME.pdf (LibreOffice, `soffice --headless`).
 * Run by developers when a text changes; the PDFs are committed, CI never runs it.
 *
 *   node scripts/ovning/build-documents.mjs [NAME ...]
 *
 * The sources use a small Markdown subset: "# " the document's title, "## " and
 * "### " headings, paragraphs, "- " bullets, "1. " numbered items, pipe tables
 * (first row the header), **bold**, "---" for a page break, and a "> " line under the title for the
 * facts block (one "Key: value" per line).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
const textDir = join(here, 'text');
const outDir = join(here, 'documents');

/** "**a** b" → runs, bold where starred. */
function runs(line, base = {}) {
  return line.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) =>
    part.startsWith('**') ? new TextRun({ ...base, text: part.slice(2, -2), bold: true }) : new TextRun({ ...base, text: part }));
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The text's width on the page, in twips (A4 less the margins below). */
const TEXT_WIDTH = 11906 - 2 * 1500;

/** A pipe table; the dashes of its separator row give the columns' relative widths. */
function table(lines) {
  const split = (l) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const separator = lines.find((l) => /^\|\s*:?-{3,}/.test(l));
  const rows = lines.filter((l) => l !== separator).map(split);
  const columns = rows[0].length;
  const weights = separator ? split(separator).map((c) => c.length) : rows[0].map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: thin, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: rows.map((cells, r) => new TableRow({
      tableHeader: r === 0,
      cantSplit: true,
      children: Array.from({ length: columns }, (_, i) => new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [new Paragraph({ spacing: { after: 0, line: 240 }, children: runs(cells[i] ?? '', { bold: r === 0, size: 19 }) })],
      })),
    })),
  });
}

/** Blocks of the Markdown subset, in order. */
function parse(source) {
  const blocks = [];
  const lines = source.replace(/\r/g, '').split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (line.trim() === '') { i++; continue; }
    const take = (test) => { const out = []; while (i < lines.length && test(lines[i])) out.push(lines[i++]); return out; };
    if (line.trim() === '---') { blocks.push({ kind: 'pagebreak' }); i++; }
    else if (line.startsWith('|')) blocks.push({ kind: 'table', lines: take((l) => l.startsWith('|')) });
    else if (line.startsWith('> ')) blocks.push({ kind: 'facts', lines: take((l) => l.startsWith('> ')).map((l) => l.slice(2)) });
    else if (/^#{1,3} /.test(line)) { blocks.push({ kind: 'heading', level: line.indexOf(' '), text: line.replace(/^#+ /, '') }); i++; }
    else if (/^(- |\d+\. )/.test(line)) {
      // An item runs on over indented lines.
      const item = [lines[i++]];
      while (i < lines.length && /^\s{2,}\S/.test(lines[i])) item.push(lines[i++].trim());
      blocks.push({ kind: line.startsWith('- ') ? 'bullet' : 'numbered', text: item.join(' ').replace(/^(- )/, '') });
    } else blocks.push({ kind: 'paragraph', text: take((l) => l.trim() !== '' && !/^(#|\||- |\d+\. |> )/.test(l)).join(' ') });
  }
  return blocks;
}

function toDocx(blocks, style) {
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1).text;
  const children = blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return new Paragraph({ text: b.text, heading: [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2][b.level - 1], keepNext: true });
      case 'facts':
        return b.lines.map((l) => { const [key, ...rest] = l.split(': '); return new Paragraph({ spacing: { after: 20 }, children: [new TextRun({ text: `${key}: `, bold: true }), new TextRun(rest.join(': '))] }); });
      case 'pagebreak': return new Paragraph({ pageBreakBefore: true, spacing: { after: 0 } });
      case 'table': return [table(b.lines), new Paragraph({ text: '', spacing: { after: 60 } })];
      case 'bullet': return new Paragraph({ numbering: { reference: 'bullets', level: 0 }, spacing: { after: 40 }, children: runs(b.text) });
      case 'numbered': {
        const [, n, rest] = /^(\d+\.) (.*)$/.exec(b.text);
        return new Paragraph({ indent: { left: 520, hanging: 400 }, spacing: { after: 60 }, children: [new TextRun(`${n}\t`), ...runs(rest)], tabStops: [{ type: 'left', position: 520 }] });
      }
      default: return new Paragraph({ children: runs(b.text) });
    }
  }).flat();
  return new Document({
    creator: style.author,
    title,
    styles: {
      default: {
        document: { run: { font: style.body, size: style.size }, paragraph: { spacing: { after: 140, line: style.line, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'DejaVu Sans', size: 40, bold: true, color: style.color }, paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: 'DejaVu Sans', size: 28, bold: true, color: style.color }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'DejaVu Sans', size: 23, bold: true, color: style.color }, paragraph: { spacing: { before: 220, after: 80 } } },
      },
    },
    // "•", as the published samples have it (Word's default "●" reads as another character).
    numbering: {
      config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 440, hanging: 300 } } } }] }],
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1400, bottom: 1400, left: 1500, right: 1500 } } },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${title} – `, size: 16, color: '666666' }), new TextRun({ children: ['sida ', PageNumber.CURRENT], size: 16, color: '666666' })] })] }),
      },
      children,
    }],
  });
}

/** Each document's look: the units write in their own house styles. */
const STYLES = {
  'forskolan-ekorren': { author: 'Förskolan Ekorren', body: 'DejaVu Sans', size: 21, line: 276, color: '2E6B3A' },
  'forskolan-blaklinten': { author: 'Förskolan Blåklinten', body: 'DejaVu Serif', size: 23, line: 340, color: '2B4C8C' },
  'framsteget-sprakvaskan': { author: 'Västerby bibliotek', body: 'DejaVu Sans', size: 21, line: 288, color: '8C2B5A' },
};

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(textDir).filter((f) => f.endsWith('.md')).map((f) => basename(f, '.md'));
const profile = mkdtempSync(join(tmpdir(), 'ovning-lo-'));
try {
  for (const name of names) {
    const style = STYLES[name];
    if (!style) throw new Error(`No style for ${name}: add it to STYLES.`);
    const docx = join(profile, `${name}.docx`);
    writeFileSync(docx, await Packer.toBuffer(toDocx(parse(readFileSync(join(textDir, `${name}.md`), 'utf8')), style)));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', profile, docx], { stdio: 'ignore' });
    copyFileSync(join(profile, `${name}.pdf`), join(outDir, `${name}.pdf`));
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(outDir, `${name}.pdf`)], { encoding: 'utf8' }))[1];
    console.log(`${name}: ${pages} pages`);
  }
} finally {
  rmSync(profile, { recursive: true, force: true });
}
