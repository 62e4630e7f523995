import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, formatDaysLeft, formatNumber, formatPercent, stockholmDate } from '../../../shared/format';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = fc.record({ y: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const asIso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`;
const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true });

describe('Swedish number formatting, for any number', () => {
  it('groups with no-break spaces, uses a decimal comma, a plain minus and never "-0"', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 3 }), (value, decimals) => {
        const text = formatNumber(value, decimals);
        expect(text).toMatch(decimals === 0 ? /^-?\d{1,3}(\u00a0\d{3})*$/ : new RegExp(`^-?\\d{1,3}(\\u00a0\\d{3})*(,\\d{1,${decimals}})?$`));
        expect(text).not.toMatch(/^-0(,0*)?$/);
        const back = Number(text.replace(/\u00a0/g, '').replace(',', '.'));
        expect(Math.abs(back - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + Math.abs(value) * 1e-12);
        expect(formatPercent(value, decimals)).toBe(`${text}\u00a0%`);
      }),
    );
  });

  it('writes a dash for what is not a number', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(formatNumber(value)).toBe('–');
  });
});

describe('Swedish dates, for any date', () => {
  it('writes "d mmm yyyy" for a plain date and for a timestamp on that date', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const expected = `${day.d} ${MONTHS[day.m - 1]} ${day.y}`;
        expect(formatDate(asIso(day))).toBe(expected);
        expect(formatDate(`${asIso(day)}T12:00:00.000Z`)).toBe(expected);
      }),
    );
  });

  it('never throws on any string, and passes unreadable text through', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof formatDate(text)).toBe('string');
        expect(typeof formatDateTime(text)).toBe('string');
        if (Number.isNaN(new Date(text).getTime())) expect(formatDateTime(text)).toBe(text);
      }),
    );
  });

  it('shows Stockholm time: one or two hours ahead of UTC, on the Stockholm calendar day', () => {
    fc.assert(
      fc.property(instant, (date) => {
        const text = formatDateTime(date.toISOString());
        const match = /^(\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2})$/.exec(text);
        expect(match, text).not.toBeNull();
        const [, d, month, y, hh, mm] = match!;
        const local = Date.UTC(Number(y), MONTHS.indexOf(month!), Number(d), Number(hh), Number(mm));
        const utcMinute = Math.floor(date.getTime() / 60_000) * 60_000;
        expect([3_600_000, 7_200_000]).toContain(local - utcMinute);
        expect(stockholmDate(date)).toBe(`${y}-${pad(MONTHS.indexOf(month!) + 1)}-${pad(Number(d))}`);
      }),
    );
  });
});

describe('days left, for any pair of dates', () => {
  it('counts whole days, antisymmetric and additive', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, (a, b, c) => {
        const [x, y, z] = [asIso(a), asIso(b), asIso(c)];
        expect(daysUntil(x, x)).toBe(0);
        // A sum, not a negation: for equal dates -0 is not 0 to toBe (Object.is).
        expect(daysUntil(x, y) + daysUntil(y, x)).toBe(0);
        expect(daysUntil(x, z)).toBe(daysUntil(x, y) + daysUntil(y, z));
        expect(Number.isInteger(daysUntil(x, y))).toBe(true);
      }),
    );
  });

  it('says it in Swedish, singular only for one day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (days) => {
        const text = formatDaysLeft(days);
        if (days === 0) expect(text).toBe('i dag');
        else if (days > 0) expect(text).toBe(`${days} ${days === 1 ? 'dag' : 'dagar'} kvar`);
        else expect(text).toBe(`passerat för ${-days} ${days === -1 ? 'dag' : 'dagar'} sedan`);
      }),
    );
  });
});
