/**
 * The prisbedömning's model: the team's written assessment of one prize entry
 * for the jury — the prize, per aspect what it asks, the team's strengths and
 * improvement areas in full with their pages and the site-visit questions, and
 * the file it rests on. The anonymised edition names no one: the entrant by
 * its code, texts scrubbed of its and the team's names, no initials.
 */
import { fingerprint } from '../../../../shared/fingerprint';
import type { PrisbedomningAspect, PrisbedomningModel } from '../prize-model';
import type { TeamComment } from '../model';
import { entryAspects, prizeEntry } from './prize-entry';
import { nameScrubber } from './scrub-names';
import { checkReportDate, initialsOf, teamComment, type ReportSource, type SignedBasis } from './source';
import type { UnsignedAssessmentFile } from '../../../../shared/formats/assessment-file';

export interface PrisbedomningInput extends ReportSource {
  /** A verified team .kvbedomning (consensus or after the site visit) of a contestant entered for the prize. */
  readonly assessment: UnsignedAssessmentFile;
  /** The prize; by default the entrant's only one. */
  readonly prizeId?: string | undefined;
  readonly reportDate: string;
  readonly anonymous?: boolean;
  readonly signed?: SignedBasis;
}

export function buildPrisbedomningModel(input: PrisbedomningInput): PrisbedomningModel {
  const entry = prizeEntry(input, input.assessment, input.prizeId);
  const anonymous = input.anonymous ?? false;
  const { contestant, file } = entry;
  const scrub = anonymous ? nameScrubber(contestant, entry.team.map((m) => m.name)) : (text: string) => text;
  const comment = (c: Parameters<typeof teamComment>[0]): TeamComment => {
    const made = teamComment(c, (examinerId, given) => initialsOf(entry, examinerId, given));
    // Anonymised: no initials, and no quoted passage (it may name the unit), only the pages.
    return anonymous ? { text: scrub(made.text), evidence: made.evidence.map(({ quote: _quote, ...at }) => at), sourceInitials: [] } : made;
  };
  const aspects: PrisbedomningAspect[] = entryAspects(entry, comment).map(({ row, ...aspect }) => ({
    ...aspect,
    siteVisitQuestions: (row?.siteVisitQuestions ?? []).map((q) => scrub(q.text)),
  }));
  const author = entry.team.find((m) => m.id === file.author.examinerId)?.name ?? file.author.name;
  const { recommendation } = file.team;
  return {
    round: { id: input.round.round.id, title: input.round.round.title, year: input.round.round.year, exampleMaterial: input.exampleMaterial ?? false },
    prize: { id: entry.prize.prizeId, title: entry.prize.title, description: entry.prize.description.trim() },
    anonymous,
    contestant: {
      code: contestant.code,
      name: anonymous ? null : contestant.name,
      organisation: anonymous ? null : contestant.organisation,
      classTitle: contestant.classTitle,
    },
    team: anonymous ? null : entry.team.map(({ name, initials, role }) => ({ name, initials, role })),
    basis: { stage: file.stage, revision: file.revision },
    reportDate: checkReportDate(input.reportDate),
    aspects,
    proposal:
      contestant.classTitle === null
        ? { summary: scrub(file.team.summary.trim()), nomination: recommendation.nomination, citation: scrub(recommendation.citation.trim()) }
        : null,
    notSubmitted: anonymous ? [] : entry.team.filter((m) => !file.team.sources.some((s) => s.examinerId === m.id)).map((m) => m.name),
    basisFile: input.signed
      ? { author: anonymous ? null : author, stage: file.stage, revision: file.revision, sha256: input.signed.sha256, fingerprint: fingerprint(input.signed.keyId) }
      : null,
  };
}
