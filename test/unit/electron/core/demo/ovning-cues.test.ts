import { describe, expect, it } from 'vitest';
import { selectionFor } from '../../../../../electron/core/demo/evidence';
import type { ContestantScript } from '../../../../../electron/core/demo/script';
import { BLAKLINTEN } from '../../../../../electron/core/demo/scripts/blaklinten';
import { EKORREN } from '../../../../../electron/core/demo/scripts/ekorren';
import { normaliseWhitespace } from '../../../../../shared/documents/text';
import { allCriteria } from '../../../../../shared/formats/criteria-package';
import { scaleOf } from '../../../../../shared/scoring/points';
import { isValidScore } from '../../../../../shared/scoring/scale';
import { disagreement } from '../../../../../shared/scoring/spread';
import { call, testCore } from '../../../../helpers/core';
import { importOvningDocument } from '../../../../helpers/ovning';
import { packageSource } from '../../../../helpers/samples';

const pkg = packageSource().package;

/** The second team's contestants and the documents their cues are taken from. */
const SCRIPTS = [
  { id: EKORREN.contestantId, script: EKORREN, fileName: 'forskolan-ekorren.pdf' },
  { id: BLAKLINTEN.contestantId, script: BLAKLINTEN, fileName: 'forskolan-blaklinten.pdf' },
];

const observations = (script: ContestantScript) =>
  Object.entries(script.criteria).flatMap(([criterionId, c]) => [...c.strengths, ...c.improvements].map(([text, cue]) => ({ criterionId, text, cue })));

describe('the second team\'s scripts (Ekorren, Blåklinten)', () => {
  it.each(SCRIPTS)('$id scripts every criterion with valid scores, a rationale wherever the team must discuss, and one or two site-visit findings', ({ script }) => {
    expect(Object.keys(script.criteria)).toEqual(allCriteria(pkg).map(({ criterion }) => criterion.id));
    let mustDiscuss = 0;
    for (const { criterion } of allCriteria(pkg)) {
      const c = script.criteria[criterion.id]!;
      const scale = scaleOf(pkg, criterion);
      for (const score of [...c.scores, c.agreed ?? 0, c.visit?.score ?? 0]) expect(isValidScore(scale, score), `${criterion.id} ${score}`).toBe(true);
      expect(c.strengths.length, criterion.id).toBeGreaterThanOrEqual(2);
      expect(c.strengths.length, criterion.id).toBeLessThanOrEqual(3);
      expect(c.improvements.length, criterion.id).toBeGreaterThanOrEqual(1);
      expect(c.improvements.length, criterion.id).toBeLessThanOrEqual(2);
      const spread = disagreement(scale, c.scores, pkg.consensus.spreadThreshold);
      if (spread.mustDiscuss) {
        mustDiscuss++;
        expect(c.rationale, criterion.id).toBeTruthy();
      }
      // The team's score stays within its members' scores: the one score outside them is team 1's.
      if (c.agreed !== undefined) expect(c.agreed >= spread.min! && c.agreed <= spread.max!, criterion.id).toBe(true);
    }
    expect(mustDiscuss).toBeGreaterThanOrEqual(2);
    const visits = Object.values(script.criteria).filter((c) => c.visit).length;
    expect(visits).toBeGreaterThanOrEqual(1);
    expect(visits).toBeLessThanOrEqual(2);
  });

  it.each(SCRIPTS)('$id finds every cue on exactly one page of its document, and the core anchors the selection there', async ({ script, fileName }) => {
    const core = testCore();
    const { sha256 } = await importOvningDocument(core, fileName);
    const pages = await call(core, 'document:text', { sha256 });
    for (const { criterionId, cue } of observations(script)) {
      const wanted = normaliseWhitespace(cue.replace(/^=/, ''));
      // The first page with the cue is the page meant only when no other page has it.
      const onPages = pages.filter((p) => normaliseWhitespace(p.text).replace(/\s*•\s*/g, ' • ').includes(wanted)).map((p) => p.unit);
      expect(onPages, `${criterionId}: "${cue}"`).toHaveLength(1);
      const selection = selectionFor(pages, cue);
      expect(selection.unit).toBe(onPages[0]);
      expect(selection.selectedText).toContain(wanted);
      // One sentence of the page's own text: not run on into the footer or the next list item.
      expect(selection.selectedText, `${criterionId}: "${cue}"`).not.toMatch(/ – sida \d|[•●]/);
      const anchor = await call(core, 'document:anchor', { documentSha256: sha256, ...selection });
      expect(anchor.page, `${criterionId}: "${cue}"`).toBe(selection.unit);
    }
  });
});
