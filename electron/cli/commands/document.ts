import type { Command } from 'commander';
import type { SearchHit } from '../../../shared/contract/documents';
import { formatNumber } from '../../../shared/format';
import { openStandalone, type StandaloneDocument } from '../../core';
import { printJson, type CliIo } from '../io';

async function withDocument<T>(file: string, use: (doc: StandaloneDocument) => T): Promise<T> {
  const doc = await openStandalone(file, new Date());
  try {
    return use(doc);
  } finally {
    doc.close();
  }
}

const unitLabel = (doc: StandaloneDocument, n: number) => (doc.summary.unitKind === 'page' ? `Sida ${n}` : `§ ${n}`);

/** A snippet for a terminal: matches in «guillemets». */
function marked(hit: SearchHit): string {
  let text = '';
  let at = 0;
  for (const [start, end] of hit.snippet.marks) {
    text += `${hit.snippet.text.slice(at, start)}«${hit.snippet.text.slice(start, end)}»`;
    at = end;
  }
  return text + hit.snippet.text.slice(at);
}

export function registerDocumentCommands(program: Command, io: CliIo): void {
  const document = program.command('document').description('läs en verksamhetsbeskrivning (PDF eller DOCX) som appen gör');

  document
    .command('inspect')
    .description('visa typ, SHA-256, antal sidor/stycken, ord och sidor utan text')
    .argument('<fil>', 'PDF- eller DOCX-fil')
    .option('--json', 'skriv ut som JSON')
    .option('--text', 'skriv även ut texten per sida/stycke')
    .action(async (file: string, options: { json?: boolean; text?: boolean }) => {
      await withDocument(file, (doc) => {
        const { summary } = doc;
        const texts = options.text ? doc.units.map((u) => ({ unit: u.number, text: u.text })) : undefined;
        if (options.json) {
          const { usedBy: _usedBy, importedAt: _importedAt, ...facts } = summary;
          return printJson(io, { ...facts, mediaType: doc.mediaType, ...(texts ? { text: texts } : {}) });
        }
        const pages = summary.unitKind === 'page';
        io.out(`Fil:             ${summary.fileName}`);
        io.out(`Typ:             ${pages ? 'PDF' : 'Word (DOCX)'} (${doc.mediaType})`);
        io.out(`SHA-256:         ${summary.sha256}`);
        io.out(`${pages ? 'Sidor:          ' : 'Stycken:        '} ${formatNumber(summary.unitCount)}`);
        io.out(`Ord:             ${formatNumber(summary.wordCount)}`);
        if (pages) {
          const missing = summary.pagesWithoutText;
          io.out(`Sidor utan text: ${missing.length === 0 ? 'inga' : `${missing.join(', ')} (sök fungerar inte där)`}`);
          io.out(`Skript:          ${summary.hasScripts ? 'ja (körs aldrig av Examinator)' : 'nej'}`);
        }
        for (const unit of texts ?? []) {
          io.out(`\n--- ${unitLabel(doc, unit.unit)} ---`);
          io.out(unit.text || '(ingen text)');
        }
      });
    });

  document
    .command('search')
    .description('sök i dokumentet: träffar med sida/stycke och utdrag (samma sökning som appen)')
    .argument('<fil>', 'PDF- eller DOCX-fil')
    .argument('<sökord>', 'ord att söka efter (alla ord måste finnas; skiftläge och accenter spelar ingen roll)')
    .option('--json', 'skriv ut som JSON')
    .action(async (file: string, query: string, options: { json?: boolean }) => {
      await withDocument(file, (doc) => {
        const hits = doc.search(query);
        const total = hits.reduce((sum, hit) => sum + hit.count, 0);
        if (options.json) return printJson(io, { sha256: doc.summary.sha256, unitKind: doc.summary.unitKind, query, total, hits });
        if (hits.length === 0) return io.out(`Inga träffar på "${query}".`);
        io.out(`${formatNumber(total)} ${total === 1 ? 'träff' : 'träffar'} på "${query}":`);
        for (const hit of hits) io.out(`${unitLabel(doc, hit.unit)} (${hit.count}): ${marked(hit)}`);
      });
    });
}
