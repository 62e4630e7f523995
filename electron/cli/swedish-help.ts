import { Help, type Command, type Option } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Globala flaggor:',
};

const ERRORS: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^error: missing required argument '(.+)'/, (name) => `Fel: argumentet ${name} saknas.`],
  [/^error: unknown command '(.+)'/, (name) => `Fel: okänt kommando "${name}".`],
  [/^error: unknown option '(.+)'/, (name) => `Fel: okänd flagga "${name}".`],
  [/^error: option '(.+)' argument missing/, (name) => `Fel: flaggan ${name} behöver ett värde.`],
  [/^error: required option '(.+)' not specified/, (name) => `Fel: flaggan ${name} måste anges.`],
  [/^error: too many arguments(?: for '(.+)')?/, (name) => `Fel: för många argument${name ? ` till "${name}"` : ''}.`],
];

/** Commander's "(default: …)" after an option, in Swedish; an empty list as default says nothing. */
export function swedishOptionExtras(description: string): string {
  return description
    .replace(/ ?\(default: \[\]\)/, '')
    .replace(/\((?:default|choices|preset|env): [^)]*\)/, (extras) =>
      extras.replace('default:', 'standard:').replace('choices:', 'val:').replace('preset:', 'förval:').replace('env:', 'miljövariabel:'),
    );
}

function translateTerms(text: string): string {
  return text.replace('[options]', '[flaggor]').replace('[command]', '[kommando]');
}

export function swedishError(text: string): string {
  for (const [pattern, render] of ERRORS) {
    const match = pattern.exec(text);
    if (match) return `${render(...match.slice(1).map((g) => g ?? ''))}\n`;
  }
  return text.replace(/^error:/, 'Fel:');
}

/** Commander speaks English; examiners read Swedish. */
export function useSwedish(command: Command, write: (text: string) => void): Command {
  return command
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      styleUsage: translateTerms,
      styleSubcommandTerm: translateTerms,
      optionDescription(this: Help, option: Option) {
        return swedishOptionExtras(Help.prototype.optionDescription.call(this, option));
      },
    })
    .configureOutput({ writeOut: write, writeErr: write, outputError: (text, writeErr) => writeErr(swedishError(text)) });
}
