/** The consensus workspace of a Framsteget entry, for component tests: with the class (Solrosen) or prize only (Lindgården). */
import type { ConsensusView } from '../../../../../shared/contract/consensus';
import type { ConsensusCriterion, CriterionAssessment } from '../../../../../shared/domain/assessment';
import { prizeSections, sectionAspects } from '../../../../../shared/domain/prize-aspects';
import { FRAMSTEGET } from '../../../../../shared/formats/prizes';
import { id, leadView, sources, teamCriteria, teamView } from './consensus-fixture';

export const PRIZES = prizeSections([FRAMSTEGET], ['framsteget']);
export const [NYTT, VARDE, ANVANDS] = sectionAspects(PRIZES).map((a) => a.key) as [string, string, string];
const DOC = 'a'.repeat(64);
const NAMES = ['Anna', 'Bilal', 'Cecilia'];

/** Each member's texts per aspect (Cecilia wrote nothing for Används). */
function aspectSource(index: number): CriterionAssessment[] {
  return sectionAspects(PRIZES).map((aspect) => {
    const silent = index === 2 && aspect.key === ANVANDS;
    return {
      criterionId: aspect.key,
      score: null,
      attributes: {},
      strengths: silent ? [] : [{ id: id(), text: `${NAMES[index]}s styrka för ${aspect.title}.`, evidence: [{ documentSha256: DOC, page: 2 + index }] }],
      improvements: silent ? [] : [{ id: id(), text: `${NAMES[index]}s förbättringsområde för ${aspect.title}.`, evidence: [{ documentSha256: DOC, page: 8 + index }] }],
      siteVisitQuestions: [],
    };
  });
}

/** Made once, so a test and the screen see the same comment ids. */
const ASPECT_SOURCES = sources.map((_, i) => aspectSource(i));

export const prizeSources = (withClass: boolean) =>
  sources.map((source, i) => ({ ...source, criteria: [...(withClass ? source.criteria : []), ...ASPECT_SOURCES[i]!] }));

export function teamAspects(over: Record<string, Partial<ConsensusCriterion>> = {}): ConsensusCriterion[] {
  return sectionAspects(PRIZES).map((aspect) => ({
    criterionId: aspect.key,
    score: null,
    attributes: {},
    strengths: [],
    improvements: [],
    siteVisitQuestions: [],
    individualScores: [],
    rationale: '',
    discussed: false,
    ...over[aspect.key],
  }));
}

/** Solrosen in the scored award and Framsteget. */
export function classAndPrizeView(aspects = teamAspects()): ConsensusView {
  return leadView({ prizes: PRIZES, sources: prizeSources(true), assessment: teamView([...teamCriteria(), ...aspects]) });
}

/** Lindgården, in Framsteget only: no class, aspects only. */
export function prizeOnlyView(aspects = teamAspects(), over: Partial<ConsensusView> = {}): ConsensusView {
  const base = leadView();
  return leadView({
    contestantId: 'c-lindgarden',
    contestantName: 'Lindgårdens vård- och omsorgsboende',
    classId: null,
    prizes: PRIZES,
    sources: prizeSources(false),
    assessment: teamView(aspects),
    editable: { ...base.editable!, contestantId: 'c-lindgarden', classId: null, prizes: PRIZES },
    ...over,
  });
}
