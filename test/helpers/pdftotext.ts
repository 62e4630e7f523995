import { execFileSync } from 'node:child_process';

/** A PDF's text as poppler's pdftotext reads it (in reading order), every run of whitespace one space. */
export const pdftotext = (path: string) => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
