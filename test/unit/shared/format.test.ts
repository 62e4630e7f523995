import { describe, expect, it } from 'vitest';
import { daysUntil, folderOf, formatDate, formatDateTime, formatDaysLeft, formatFormalDate, formatNumber, formatPercent, nameList, notSubmittedText, quoted, stockholmDate, teamTitle } from '../../../shared/format';

describe('Swedish formatting', () => {
  it('writes dates as "15 sep 2026"', () => {
    expect(formatDate('2026-09-15')).toBe('15 sep 2026');
    expect(formatDate('2026-05-01')).toBe('1 maj 2026');
    expect(formatDate('2026-10-16T10:00:00Z')).toBe('16 okt 2026');
    expect(formatDate('nonsense')).toBe('nonsense');
  });

  it('writes times in Stockholm time', () => {
    expect(formatDateTime('2026-11-22T13:32:00.000Z')).toBe('22 nov 2026 14:32');
    expect(formatDateTime('2026-07-01T12:05:00.000Z')).toBe('1 jul 2026 14:05');
  });

  it('groups thousands with a space and uses a decimal comma', () => {
    expect(formatNumber(1000)).toBe('1\u00a0000');
    expect(formatNumber(612.5)).toBe('612,5');
    expect(formatNumber(-3.25, 2)).toBe('-3,25');
    expect(formatPercent(61.5)).toBe('61,5\u00a0%');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('counts days left to a deadline', () => {
    expect(daysUntil('2026-09-15', '2026-09-01')).toBe(14);
    expect(formatDaysLeft(14)).toBe('14 dagar kvar');
    expect(formatDaysLeft(1)).toBe('1 dag kvar');
    expect(formatDaysLeft(0)).toBe('i dag');
    expect(formatDaysLeft(-2)).toBe('passerat för 2 dagar sedan');
    expect(stockholmDate(new Date('2026-09-14T23:30:00Z'))).toBe('2026-09-15');
  });
});

describe('words shared by screens and PDFs', () => {
  it('writes formal dates with the month in full', () => {
    expect(formatFormalDate('2026-10-20')).toBe('20 oktober 2026');
    expect(formatFormalDate('2027-01-05T10:00:00Z')).toBe('5 januari 2027');
    expect(formatFormalDate('inte ett datum')).toBe('inte ett datum');
  });

  it('quotes with ”…” and turns quotes inside into ’…’', () => {
    expect(quoted('Vi kallar det "lärande samtal" här')).toBe('”Vi kallar det ’lärande samtal’ här”');
    expect(quoted('Ett ”citat” i citatet')).toBe('”Ett ’citat’ i citatet”');
    expect(quoted('Inget inre')).toBe('”Inget inre”');
  });

  it('names a team by its lead, lists names and says who never submitted', () => {
    expect(teamTitle('Anna Lind')).toBe('Anna Linds team');
    expect(teamTitle('Lars Berglöf Ross')).toBe('Lars Berglöf Ross team');
    expect(nameList(['Anna', 'Bilal', 'Cecilia'])).toBe('Anna, Bilal och Cecilia');
    expect(notSubmittedText(['Cecilia Ek'])).toBe('Cecilia Ek har inte lämnat in sin individuella bedömning; teamets bedömning bygger inte på den.');
    expect(notSubmittedText(['Bilal Haddad', 'Cecilia Ek'])).toBe('Bilal Haddad och Cecilia Ek har inte lämnat in sina individuella bedömningar; teamets bedömning bygger inte på dem.');
  });

  it('finds the folder of a saved file on any system', () => {
    expect(folderOf('/home/anna/.config/Examinator/exporter/a.pdf')).toBe('/home/anna/.config/Examinator/exporter');
    expect(folderOf('C:\\Users\\anna\\Dokument\\a.pdf')).toBe('C:\\Users\\anna\\Dokument');
    expect(folderOf('/a.pdf')).toBe('/');
  });
});
