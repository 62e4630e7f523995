/**
 * A training reference signed from a team's consensus file keeps the prize
 * entry's written assessment (it is part of the answer) without who wrote it,
 * and fits the round as a reference must (no merged sources from anyone).
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_AUTHOR, signReference } from '../../../../../electron/core/calibration/reference-file';
import { assessmentContentProblem } from '../../../../../electron/core/rounds/assessment-content';
import { examplePrivateKey } from '../../../../helpers/bundle-bytes';
import { assessmentBytes, exchangeCore, prizeTeamFile, SOLROSEN } from '../../../../helpers/exchange';
import { samplePackage } from '../../../../helpers/training';

describe('a reference from a consensus file with a prize entry', () => {
  it('carries every aspect’s texts and evidence, without sources, and fits the round as nobody’s team work', async () => {
    const { facts } = await exchangeCore({ round: 'prizes' });
    const team = prizeTeamFile(facts);
    const bytes = assessmentBytes(facts, team);
    const key = examplePrivateKey();
    const { file } = signReference(JSON.parse(bytes.toString('utf8')), bytes, samplePackage(key), key);
    expect(file.author).toMatchObject(REFERENCE_AUTHOR);
    const unattributed = team.prizes!.map((prize) => ({
      prizeId: prize.prizeId,
      aspects: prize.aspects.map((aspect) => ({ ...aspect, strengths: aspect.strengths.map(({ sources: _sources, ...comment }) => comment) })),
    }));
    expect(file.prizes).toEqual(unattributed);
    expect(file.prizes![0]!.aspects[0]!.strengths[0]!.evidence).toHaveLength(1);
    const nobody = { id: '', leadId: '', members: new Set<string>() };
    expect(assessmentContentProblem(file, facts, facts.contestants.get(SOLROSEN)!, nobody)).toBeNull();
    // The consensus file's aspects would not fit as a reference: their merged comments name Bilal.
    const original = { ...JSON.parse(bytes.toString('utf8')), criteria: [] };
    expect(assessmentContentProblem(original, facts, facts.contestants.get(SOLROSEN)!, nobody)).toMatch(/aspekten Nytt: en sammanslagen kommentar kommer från e-bilal/);
  });
});
