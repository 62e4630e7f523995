/**
 * The anonymised sammanställning quotes the team's own words (its key points),
 * and a team may have written the unit's name into them. Before such a text
 * enters an anonymous model, the contestant's name and organisation, their
 * distinctive words (capitalised, also in the genitive: "Solrosens") and the team's
 * names are replaced by a neutral word. A generic first word of a longer name
 * ("Förskolan" in "Förskolan Solrosen") stays: it names no one.
 */
const HIDDEN = '[namn]';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Capitalised words of a name that identify it; the first of several is a kind ("Förskolan"), not a name. */
function distinctiveWords(name: string): string[] {
  const capitalised = name.split(/[\s,–-]+/).filter((word) => /^\p{Lu}/u.test(word) && word.length >= 3);
  return capitalised.length > 1 && /^\p{Lu}/u.test(name) ? capitalised.slice(1) : capitalised;
}

export function nameScrubber(contestant: { readonly name: string; readonly organisation: string }, people: readonly string[]): (text: string) => string {
  const whole = [contestant.name, contestant.organisation, ...people].filter((n) => n.trim() !== '');
  const words = [...new Set([...distinctiveWords(contestant.name), ...distinctiveWords(contestant.organisation), ...people.flatMap((p) => p.split(/\s+/))])].filter((w) => w.length >= 3);
  const patterns = [...whole.sort((a, b) => b.length - a.length).map(escape), ...words.map((w) => `${escape(w)}s?`)];
  if (patterns.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<!\\p{L})(?:${patterns.join('|')})(?!\\p{L})`, 'gu');
  return (text) => text.replace(pattern, HIDDEN);
}
