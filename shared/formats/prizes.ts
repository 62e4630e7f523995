/**
 * Prizes without scores (formats.md): `round.prizes[]` — e.g. Framsteget,
 * Stockholms stads pris för nyskapande, with its aspects Nytt, Skapar värde,
 * Används — and `contestants[].prizes[]`. A contestant takes part in the
 * scored award when it has a class, in every prize it lists, and must have at
 * least one of the two.
 */
import { z } from 'zod';
import { duplicateIds, formatId, text, type FormatProblem } from './common';

export const MAX_ROUND_PRIZES = 20;
export const MAX_PRIZE_ASPECTS = 20;

const aspectSchema = z.object({ id: formatId(), title: text(200), description: text(2000) }).strict();

export const prizeSchema = z
  .object({
    id: formatId(),
    title: text(300),
    description: text(4000),
    aspects: z.array(aspectSchema).min(1, 'minst en aspekt behövs').max(MAX_PRIZE_ASPECTS, `högst ${MAX_PRIZE_ASPECTS} aspekter`),
  })
  .strict();

export const prizesSchema = z.array(prizeSchema).max(MAX_ROUND_PRIZES, `högst ${MAX_ROUND_PRIZES} priser`);

/** A contestant's prize ids, as round.json lists them. */
export const contestantPrizesSchema = z.array(formatId()).max(MAX_ROUND_PRIZES, `högst ${MAX_ROUND_PRIZES} priser`);

export type Prize = z.infer<typeof prizeSchema>;
export type PrizeAspect = Prize['aspects'][number];

/** Framsteget as the 2021 programme names it: innovation is something new, that creates value, and is taken into use. */
export const FRAMSTEGET: Prize = {
  id: 'framsteget',
  title: 'Framsteget – Stockholms stads pris för nyskapande',
  description:
    'Priset går till en verksamhet som har skapat något nytt som skapar värde för dem verksamheten är till för och som används i det dagliga arbetet.',
  aspects: [
    { id: 'nytt', title: 'Nytt', description: 'Något nytt för verksamheten: ett nytt arbetssätt, en ny tjänst eller en ny lösning, inte bara en förbättring av det gamla.' },
    { id: 'skapar-varde', title: 'Skapar värde', description: 'Det nya skapar värde för dem verksamheten är till för, och värdet visas med resultat eller tydliga belägg.' },
    { id: 'anvands', title: 'Används', description: 'Det nya används i det dagliga arbetet och är inte bara en idé eller ett försök.' },
  ],
};

interface PrizeRoundShape {
  readonly round: { readonly prizes?: readonly Prize[] | undefined };
  readonly contestants: readonly { readonly name: string; readonly class?: string | undefined; readonly prizes?: readonly string[] | undefined }[];
}

/** The prize rules the shapes cannot say: unique ids, prizes that exist, and a class or a prize for every contestant. */
export function prizeProblems(round: PrizeRoundShape): FormatProblem[] {
  const prizes = round.round.prizes ?? [];
  const problems: FormatProblem[] = [
    ...duplicateIds(prizes, ['round', 'prizes'], 'pris-id:t'),
    ...prizes.flatMap((prize, p) => duplicateIds(prize.aspects, ['round', 'prizes', p, 'aspects'], `aspekt-id:t i priset ${prize.title}`)),
  ];
  const prizeIds = new Set(prizes.map((p) => p.id));
  round.contestants.forEach((contestant, c) => {
    const listed = contestant.prizes ?? [];
    if (contestant.class === undefined && listed.length === 0) {
      problems.push({
        path: ['contestants', c],
        message: `${contestant.name} har varken en tävlingsklass eller ett pris; ange en tävlingsklass, ett pris eller båda`,
      });
    }
    const seen = new Set<string>();
    listed.forEach((id, k) => {
      const at = ['contestants', c, 'prizes', k];
      if (!prizeIds.has(id)) problems.push({ path: at, message: `${contestant.name} anmäls till priset "${id}", som inte finns bland omgångens priser` });
      else if (seen.has(id)) problems.push({ path: at, message: `${contestant.name} anmäls två gånger till priset "${id}"` });
      seen.add(id);
    });
  });
  return problems;
}
