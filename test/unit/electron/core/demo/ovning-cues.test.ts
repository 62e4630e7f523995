import { describe, expect, it } from 'vitest';
import { selectionFor } from '../../../../../electron/core/demo/evidence';
import { scriptRows, type ContestantScript } from '../../../../../electron/core/demo/script';
import { BLAKLINTEN } from '../../../../../electron/core/demo/scripts/blaklinten';
import { EKORREN } from '../../../../../electron/core/demo/scripts/ekorren';
import { SPRAKVASKAN } from '../../../../../electron/core/demo/scripts/sprakvaskan';
import { normaliseWhitespace } from '../../../../../shared/documents/text';
import { aspectKey } from '../../../../../shared/domain/prize-aspects';
import { allCriteria } from '../../../../../shared/formats/criteria-package';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { scaleOf } from '../../../../../shared/scoring/points';
import { isValidScore } from '../../../../../shared/scoring/scale';
import { disagreement } from '../../../../../shared/scoring/spread';
import { call, testCore } from '../../../../helpers/core';
import { importOvningDocument, ovningSource } from '../../../../helpers/ovning';
import { packageSource } from '../../../../helpers/samples';

const pkg = packageSource().package;

/** The second team's contestants in the scored award and the documents their cues are taken from. */
const SCRIPTS = [
  { id: EKORREN.contestantId, script: EKORREN, fileName: 'forskolan-ekorren.pdf' },
  { id: BLAKLINTEN.contestantId, script: BLAKLINTEN, fileName: 'forskolan-blaklinten.pdf' },
];
/** Every script of the second team, the prize-only Språkväskan too. */
const ALL_SCRIPTS = [...SCRIPTS, { id: SPRAKVASKAN.contestantId, script: SPRAKVASKAN, fileName: 'framsteget-sprakvaskan.pdf' }];

/** Every observation of every row: the criteria's and the prize aspects'. */
const observations = (script: ContestantScript) =>
  scriptRows(script).flatMap(({ key, written }) => [...written.strengths, ...written.improvements].map(([text, cue]) => ({ criterionId: key, text, cue })));

/** The pages where the whitespace-normalised cue is. */
const pagesWith = (pages: readonly { unit: number; text: string }[], cue: string) => {
  const wanted = normaliseWhitespace(cue.replace(/^=/, ''));
  return pages.filter((p) => normaliseWhitespace(p.text).replace(/\s*•\s*/g, ' • ').includes(wanted)).map((p) => p.unit);
};

describe('the second team\'s scripts (Ekorren, Blåklinten, Språkväskan)', () => {
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

  it('writes on every aspect of Framsteget for each entrant the round lists, with 2–3 strengths and 1–2 improvement areas and no score', () => {
    const entrants = ovningSource().contestants.filter((c) => c.prizes?.includes(FRAMSTEGET.id));
    expect(entrants.map((c) => c.id).sort()).toEqual([EKORREN.contestantId, SPRAKVASKAN.contestantId].sort());
    for (const { script } of ALL_SCRIPTS) {
      const rows = scriptRows(script).filter((r) => r.criterion === null);
      const enters = entrants.some((c) => c.id === script.contestantId);
      expect(rows.map((r) => r.key), script.contestantId).toEqual(enters ? FRAMSTEGET.aspects.map((a) => aspectKey(FRAMSTEGET.id, a.id)) : []);
      for (const { key, written } of rows) {
        expect(written.strengths.length, key).toBeGreaterThanOrEqual(2);
        expect(written.strengths.length, key).toBeLessThanOrEqual(3);
        expect(written.improvements.length, key).toBeGreaterThanOrEqual(1);
        expect(written.improvements.length, key).toBeLessThanOrEqual(2);
        expect(written).not.toHaveProperty('scores');
      }
    }
    // Språkväskan takes part only in the prize: nothing to score.
    expect(SPRAKVASKAN.criteria).toEqual({});
  });

  it.each(ALL_SCRIPTS)('$id finds every cue on exactly one page of its document, and the core anchors the selection there', async ({ script, fileName }) => {
    const core = testCore();
    const { sha256 } = await importOvningDocument(core, fileName);
    const pages = await call(core, 'document:text', { sha256 });
    for (const { criterionId, cue } of observations(script)) {
      const wanted = normaliseWhitespace(cue.replace(/^=/, ''));
      // The first page with the cue is the page meant only when no other page has it.
      const onPages = pagesWith(pages, cue);
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

  it('cites Språkväskan\'s application, aspect by aspect, on the pages of the section that answers that aspect', async () => {
    const core = testCore();
    const { sha256 } = await importOvningDocument(core, 'framsteget-sprakvaskan.pdf');
    const pages = await call(core, 'document:text', { sha256 });
    // "2. Nytt" is on page 2, "3. Skapar värde" on page 3, "4. Används" runs over pages 4 and 5.
    const SECTIONS: Record<string, readonly number[]> = { nytt: [2], 'skapar-varde': [3], anvands: [4, 5] };
    for (const [aspectId, aspect] of Object.entries(SPRAKVASKAN.prizes!.framsteget!)) {
      for (const [, cue] of [...aspect.strengths, ...aspect.improvements]) {
        const [page] = pagesWith(pages, cue);
        expect(SECTIONS[aspectId], `${aspectId}: "${cue}" on page ${page}`).toContain(page);
      }
    }
    expect(Object.keys(SPRAKVASKAN.prizes!.framsteget!).sort()).toEqual(Object.keys(SECTIONS).sort());
  });
});
