/**
 * Hostile edits on the examiner's desk: arguments that pass the contract's
 * shapes but not the core's deeper checks (the package, the author, the lock,
 * the contestant's documents), and ones the contract refuses outright. Each is
 * refused with a Swedish message and leaves the database unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Args, Channel } from '../../shared/contract';
import { call, testCore } from '../helpers/core';
import { dbFingerprint } from '../helpers/db-fingerprint';
import { recordHostile } from './record';

const ROUND = 'ku-2026-ovning';

interface Desk {
  readonly core: Core;
  readonly mine: string;
  readonly theirs: string;
  readonly theirComment: string;
  readonly myComment: string;
  readonly ownDocument: string;
  readonly otherDocument: string;
}

/** Bilal has written an assessment with a comment; then the user (Anna) opens her own. */
async function desk(): Promise<Desk> {
  const core = testCore();
  await call(core, 'round:open-exercise', {});
  const overview = await call(core, 'round:get', { roundId: ROUND });
  const [solrosen, lindgarden] = overview.teams[0]!.contestants;
  await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-bilal', change: false });
  const theirs = (await call(core, 'assessment:open', { roundId: ROUND, contestantId: 'c-solrosen' })).id;
  const theirComment = (await call(core, 'assessment:add-comment', { assessmentId: theirs, criterionId: '1.1', kind: 'strength', text: 'Bilals styrka.' })).commentId!;
  await call(core, 'round:choose-examiner', { roundId: ROUND, examinerId: 'e-anna', change: true });
  const mine = (await call(core, 'assessment:open', { roundId: ROUND, contestantId: 'c-solrosen' })).id;
  const myComment = (await call(core, 'assessment:add-comment', { assessmentId: mine, criterionId: '1.1', kind: 'strength', text: 'Min styrka.' })).commentId!;
  return { core, mine, theirs, theirComment, myComment, ownDocument: solrosen!.documents[0]!.sha256, otherDocument: lindgarden!.documents[0]!.sha256 };
}

async function expectRefused<C extends Channel>(d: Desk, input: string, channel: C, args: Args<C>, message: string | RegExp) {
  const database = d.core.context.paths.databaseFile;
  const before = dbFingerprint(database);
  const error = await call(d.core, channel, args).then(
    () => null,
    (e: Error) => e,
  );
  const changed = dbFingerprint(database) !== before;
  const refused = error !== null && (typeof message === 'string' ? error.message.includes(message) : message.test(error.message));
  recordHostile({ importer: 'assessment edit', input, refused, changedDatabase: changed });
  expect(error?.message).toMatch(message);
  expect(changed).toBe(false);
}

describe('hostile assessment edits', () => {
  it('refuses what the package does not allow', async () => {
    const d = await desk();
    await expectRefused(d, 'score between two steps', 'assessment:set-score', { assessmentId: d.mine, criterionId: '2.3', score: 65 }, 'Poängen 65 finns inte på skalan');
    await expectRefused(d, 'score above the scale', 'assessment:set-score', { assessmentId: d.mine, criterionId: '2.3', score: 110 }, 'Poängen 110 finns inte på skalan');
    await expectRefused(d, 'criterion not in the package', 'assessment:set-score', { assessmentId: d.mine, criterionId: '7.1', score: 50 }, 'Kriterium 7.1 finns inte i omgångens kriteriepaket.');
    await expectRefused(d, 'attribute of another scale', 'assessment:set-attribute', { assessmentId: d.mine, criterionId: '1.1', attributeId: 'trend', rating: 50 }, 'ingen aspekt med id trend');
    await expectRefused(d, 'attribute rating off the scale', 'assessment:set-attribute', { assessmentId: d.mine, criterionId: '1.1', attributeId: 'ansats', rating: 55 }, 'Bedömningen av aspekten 55 finns inte på skalan');
    await expectRefused(d, 'evidence on a site-visit question', 'assessment:add-comment', { assessmentId: d.mine, criterionId: '1.1', kind: 'question', text: 'Fråga', evidence: [{ documentSha256: d.ownDocument, page: 1 }] }, 'Frågor vid platsbesök har inga belägg.');
  });

  it('refuses edits of someone else\'s assessment or comment', async () => {
    const d = await desk();
    await expectRefused(d, "score on someone else's assessment", 'assessment:set-score', { assessmentId: d.theirs, criterionId: '1.1', score: 50 }, 'Bedömningen är skriven av Bilal Haddad');
    await expectRefused(d, "comment on someone else's assessment", 'assessment:add-comment', { assessmentId: d.theirs, criterionId: '1.1', kind: 'strength', text: 'Smyger in' }, 'Bedömningen är skriven av Bilal Haddad');
    await expectRefused(d, "someone else's comment through my assessment", 'assessment:edit-comment', { assessmentId: d.mine, commentId: d.theirComment, text: 'Ändrad' }, 'Kommentaren finns inte i den här bedömningen');
    await expectRefused(d, "deleting someone else's comment", 'assessment:delete-comment', { assessmentId: d.theirs, commentId: d.theirComment }, 'Bedömningen är skriven av Bilal Haddad');
    await expectRefused(d, "undo in someone else's assessment", 'assessment:undo', { assessmentId: d.theirs }, 'Bedömningen är skriven av Bilal Haddad');
    await expectRefused(d, 'an assessment that does not exist', 'assessment:set-score', { assessmentId: '00000000-0000-4000-8000-000000000000', criterionId: '1.1', score: 50 }, 'Bedömningen finns inte på den här datorn');
    await expectRefused(d, 'evidence from another contestant\'s document', 'assessment:add-evidence', { assessmentId: d.mine, commentId: d.myComment, anchor: { documentSha256: d.otherDocument, page: 3 } }, 'Belägget pekar på ett dokument som inte hör till den här tävlande');
    await expectRefused(d, 'removing evidence that is not there', 'assessment:remove-evidence', { assessmentId: d.mine, commentId: d.myComment, index: 3 }, 'Belägget finns inte längre på kommentaren');
  });

  it('refuses every edit after submitting, in the core', async () => {
    const d = await desk();
    const view = await call(d.core, 'assessment:open', { roundId: ROUND, contestantId: 'c-solrosen' });
    await call(d.core, 'assessment:delete-comment', { assessmentId: d.mine, commentId: d.myComment });
    for (const { criterionId } of view.criteria) {
      await call(d.core, 'assessment:set-score', { assessmentId: d.mine, criterionId, score: 50 });
      await call(d.core, 'assessment:add-comment', { assessmentId: d.mine, criterionId, kind: 'strength', text: 'S.', evidence: [{ documentSha256: d.ownDocument, page: 1 }] });
      await call(d.core, 'assessment:add-comment', { assessmentId: d.mine, criterionId, kind: 'improvement', text: 'F.' });
    }
    await call(d.core, 'assessment:submit', { assessmentId: d.mine });
    const locked = 'Bedömningen är inlämnad (revision 1) och därför låst';
    await expectRefused(d, 'score after submit', 'assessment:set-score', { assessmentId: d.mine, criterionId: '1.1', score: 90 }, locked);
    await expectRefused(d, 'comment after submit', 'assessment:add-comment', { assessmentId: d.mine, criterionId: '1.1', kind: 'strength', text: 'Sent' }, locked);
    await expectRefused(d, 'private note after submit', 'assessment:set-note', { assessmentId: d.mine, criterionId: '1.1', text: 'Sent' }, locked);
    await expectRefused(d, 'undo after submit', 'assessment:undo', { assessmentId: d.mine }, locked);
    await expectRefused(d, 'submitting twice', 'assessment:submit', { assessmentId: d.mine }, locked);
  });

  it('refuses oversized and malformed arguments at the contract', async () => {
    const d = await desk();
    const oversized = 'Lång text. '.repeat(1_000);
    await expectRefused(d, 'comment text over 10 000 characters', 'assessment:edit-comment', { assessmentId: d.mine, commentId: d.myComment, text: oversized }, /Begäran hade ogiltiga uppgifter \(text\)/);
    await expectRefused(d, 'private note over 20 000 characters', 'assessment:set-note', { assessmentId: d.mine, criterionId: '1.1', text: oversized.repeat(2) }, /Begäran hade ogiltiga uppgifter \(text\)/);
    await expectRefused(d, '51 evidence anchors on one comment', 'assessment:add-comment', { assessmentId: d.mine, criterionId: '1.1', kind: 'strength', text: 'x', evidence: Array.from({ length: 51 }, () => ({ documentSha256: d.ownDocument, page: 1 })) }, /Begäran hade ogiltiga uppgifter \(evidence\)/);
    await expectRefused(d, 'criterion id with a path', 'assessment:set-score', { assessmentId: d.mine, criterionId: '../1.1', score: 50 }, /Begäran hade ogiltiga uppgifter \(criterionId\)/);
    await expectRefused(d, 'assessment id that is no uuid', 'assessment:set-score', { assessmentId: "1' OR 1=1 --", criterionId: '1.1', score: 50 }, /Begäran hade ogiltiga uppgifter \(assessmentId\)/);
    await expectRefused(d, 'anchor with both page and paragraph', 'assessment:add-evidence', { assessmentId: d.mine, commentId: d.myComment, anchor: { documentSha256: d.ownDocument, page: 1, paragraph: 2 } }, /Begäran hade ogiltiga uppgifter \(anchor\)/);
  });
});
