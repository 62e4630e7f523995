/**
 * The CLI's readers of a folder of `.kvbedomning` files in a round with a
 * prize: team files carrying `prizes[]`, a prize-only contestant's among them,
 * are verified against the round and the class's sammanställning is made from
 * the scored ones (read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentBytes, exchangeCore, LINDGARDEN, newKey, prizeTeamFile, roundVariantFile } from '../../../../helpers/exchange';
import { cli } from '../../../../helpers/report-cli';
import { tempDir } from '../../../../helpers/temp';

describe('CLI readers of team files with a prize entry', () => {
  it('a sammanställning of the class from a folder holding prize entries, the prize-only contestant’s file too', async () => {
    const { facts } = await exchangeCore({ round: 'prizes' });
    const dir = tempDir();
    const round = await roundVariantFile('prizes', dir);
    const folder = join(dir, 'teamfiler');
    mkdirSync(folder);
    const key = newKey();
    writeFileSync(join(folder, 'solrosen.kvbedomning'), assessmentBytes(facts, { ...prizeTeamFile(facts), key }));
    writeFileSync(join(folder, 'lindgarden.kvbedomning'), assessmentBytes(facts, { ...prizeTeamFile(facts, LINDGARDEN), key }));

    const verified = await cli('assessment', 'verify', join(folder, 'lindgarden.kvbedomning'), '--round', round, '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ stage: 'consensus', criteria: 0, prizes: [{ prizeId: 'framsteget', aspects: 3 }, { prizeId: 'miljopriset', aspects: 1 }] });

    const pdf = join(dir, 'forskola.pdf');
    const made = await cli('report', 'sammanstallning', '--round', round, '--assessments', folder, '--class', 'forskola', '--out', pdf, '--date', '2026-10-20');
    expect(made.err).toContain('Läser bedömningsfil 2 av 2: solrosen.kvbedomning');
    expect(made.code).toBe(0);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Förskolan Solrosen');
    expect(text).not.toContain('Lindgården');
  });
});
