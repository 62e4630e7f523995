/**
 * Next year's round from this year's signed round.json: the year, the id,
 * the title and every deadline moved one year on; examiners and teams kept;
 * contestants kept (without documents: each year has its own
 * verksamhetsbeskrivning) or cleared, with the jäv declared about them; the
 * criteria package left to choose; the prizes kept.
 */
import type { RoundManifest } from '../../../../shared/formats/round';
import type { RoundDraft } from './templates';

/** "2027-02-28" a year after "2026-02-28"; 29 February becomes the 28th. */
export function yearLater(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const year = Number(match[1]) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = match[2] === '02' && match[3] === '29' && !leap ? '28' : match[3];
  return `${year}-${match[2]}-${day}`;
}

/** "ku-2026" → "ku-2027"; an id without the year gets it appended ("ku" → "ku-2027"). */
function movedId(id: string, from: number, to: number): string {
  return id.includes(String(from)) ? id.replaceAll(String(from), String(to)) : `${id}-${to}`.slice(0, 64);
}

export function nextYearRound(manifest: RoundManifest, options: { readonly keepContestants: boolean }): RoundDraft {
  // A training round's references are this round's facit: next year's round needs its own.
  const { signature: _signature, criteriaPackage: _package, training: _training, round, contestants, teams, declaredConflicts, ...rest } = manifest;
  const from = round.year;
  const to = from + 1;
  const kept = options.keepContestants ? contestants.map((c) => ({ ...c, documents: [] })) : [];
  return {
    ...rest,
    round: {
      id: movedId(round.id, from, to),
      title: round.title.replaceAll(String(from), String(to)),
      year: to,
      deadlines: {
        individual: yearLater(round.deadlines.individual),
        consensus: yearLater(round.deadlines.consensus),
        siteVisits: yearLater(round.deadlines.siteVisits),
        jury: yearLater(round.deadlines.jury),
      },
      // The feedback policy (sender, contact) usually holds from year to year; the office reviews it.
      ...(round.feedback && { feedback: round.feedback }),
      // Prizes such as Framsteget recur; the contestants kept stay entered for them.
      ...(round.prizes && { prizes: round.prizes }),
    },
    criteriaPackage: { id: '', revision: 1 },
    contestants: kept,
    teams: teams.map((t) => ({ ...t, members: [...t.members], contestants: options.keepContestants ? [...t.contestants] : [] })),
    // Declared jäv names contestants: kept with them (the office reviews it), gone with them.
    ...(options.keepContestants && declaredConflicts && { declaredConflicts }),
  } as RoundDraft;
}
