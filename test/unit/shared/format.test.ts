import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, formatDaysLeft, formatNumber, formatPercent, stockholmDate } from '../../../shared/format';

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
