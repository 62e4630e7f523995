/**
 * The calibration part of `examinator demo`, checked on the folder the demo
 * wrote (demo.test.ts plays it once): the övningsomgång is a training round,
 * and one trainee's kalibreringsrapport carries the numbers computed here,
 * independently, from their exported file and the round's reference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../../../electron/core/exchange/assessment-file';
import { readRoundBundle } from '../../../../../electron/core/rounds/round-bundle-read';
import { formatNumber } from '../../../../../shared/format';
import { exampleTrust } from '../../../../helpers/bundles';
import { ovningPath } from '../../../../helpers/ovning';
import { pdfText } from '../../../../helpers/pdf';
import { SOLROSEN } from './demo-played';

const CALIBRATION_FILE = `kalibrering-${SOLROSEN}-bilal-haddad.pdf`;

export function describeCalibration(folder: () => string): void {
  describe('examinator demo, the kalibreringsrapport', () => {
    it('compares Bilal Haddad\'s exported assessment of Förskolan Solrosen with the round\'s reference: the numbers match an independent computation', async () => {
      const round = await readRoundBundle(ovningPath.round, exampleTrust());
      const reference = round.references.find((r) => r.contestantId === 'c-solrosen')!.file;
      const own = readAssessmentFile(readFileSync(join(folder(), `2026-${SOLROSEN}-individuell-bilal-haddad-r1.kvbedomning`))).file;
      // Every scale of the package runs 0–100: a difference in points is a difference in percent.
      const differences = reference.criteria.flatMap((r) => {
        const mine = own.criteria.find((c) => c.criterionId === r.criterionId)?.score ?? null;
        return mine === null || r.score === null ? [] : [mine - r.score];
      });
      expect(differences.length).toBe(reference.criteria.length);
      const mad = differences.reduce((s, d) => s + Math.abs(d), 0) / differences.length;
      const bias = differences.reduce((s, d) => s + d, 0) / differences.length;
      const text = pdfText(join(folder(), CALIBRATION_FILE));
      expect(text).toContain('Kalibreringsrapport');
      expect(text).toContain('Bilal Haddad');
      expect(text).toContain(`Medelavvikelse ${formatNumber(mad, 1)} %`);
      const signed = formatNumber(bias, 1);
      expect(text).toContain(`Tendens, alla kriterier ${bias > 0 && signed !== '0' ? '+' : ''}${signed} %`);
      // The reference's own words and evidence, with the quote from the document.
      const first = reference.criteria[0]!.strengths[0]!;
      expect(text).toContain(first.text.slice(0, 60));
      expect(text).toContain(`s. ${first.evidence[0]!.page}`);
    });
  });
}
