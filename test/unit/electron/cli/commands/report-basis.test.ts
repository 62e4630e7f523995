/**
 * The reports for the jury say exactly which signed files they are built
 * from: per file the author, stage, revision, SHA-256 of its bytes and the
 * signer's fingerprint (read back from the PDF with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/program';
import { keyIdOf } from '../../../../../electron/core/packages/keys';
import { fingerprint } from '../../../../../shared/fingerprint';
import { registeredRound } from '../../../../helpers/registered-keys';
import { lindgarden } from '../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { examinerKey, signed, teamFileInput } from '../../../../helpers/reports/source';
import { tempDir } from '../../../../helpers/temp';

const pdftotext = (path: string) => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function cli(...argv: string[]) {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => undefined, err: (t) => void err.push(t) });
  return { code, err: err.join('\n') };
}

describe('the basis of a report: every file used, with its SHA-256 and signer', () => {
  it('the spårbarhetsbilaga and the sammanställning print author, stage, revision, SHA-256 and fingerprint', async () => {
    const round = await registeredRound();
    const folder = join(tempDir(), 'teamfiler');
    mkdirSync(folder);
    const solrosenFile = signed(teamFileInput(solrosen, { context: round.context, revision: 2 })).bytes;
    const lindgardenFile = signed(teamFileInput(lindgarden, { context: round.context })).bytes;
    writeFileSync(join(folder, 'solrosen.kvbedomning'), solrosenFile);
    writeFileSync(join(folder, 'lindgarden.kvbedomning'), lindgardenFile);
    const anna = fingerprint(keyIdOf(examinerKey('e-anna')));
    const out = tempDir();

    const bedomning = await cli('report', 'bedomning', '--round', round.path, '--assessment', join(folder, 'solrosen.kvbedomning'), '--appendix', '--out', join(out, 'b.pdf'));
    expect(bedomning.code).toBe(0);
    const appendix = pdftotext(join(out, 'b.pdf'));
    expect(appendix).toContain('Konsensus efter platsbesök, revision 2, av Anna Lind');
    expect(appendix).toContain(`SHA-256 ${sha256(solrosenFile)} · nyckel ${anna}`);

    const summary = await cli('report', 'sammanstallning', '--round', round.path, '--assessments', folder, '--class', 'forskola', '--out', join(out, 's.pdf'));
    expect(summary.code).toBe(0);
    const text = pdftotext(join(out, 's.pdf'));
    expect(text).toContain('Förskolan Solrosen: Konsensus efter platsbesök, revision 2, av Anna Lind');
    expect(text).toContain(`SHA-256 ${sha256(solrosenFile)} · nyckel ${anna}`);
    // Lindgården is in another class: its file is not this report's basis.
    expect(text).not.toContain(sha256(lindgardenFile));
  }, 120_000);
});
