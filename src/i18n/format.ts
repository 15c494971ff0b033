import type { KeyFact } from '../data/types.js';
import type { Direction, Strings } from './strings.js';

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

const number = (s: Strings, value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(s.locale, { maximumFractionDigits: 2, ...options }).format(value);

/**
 * "22 March 2018" from "2018-03-22" (the parser has checked the form). Where the browser has no
 * data for the language (Chromium has none for Welsh), "22/03/2018" rather than English month names.
 */
export function formatDate(s: Strings, iso: string): string {
  const known = Intl.DateTimeFormat.supportedLocalesOf(s.locale).length;
  return new Intl.DateTimeFormat(known ? s.locale : 'en-GB', {
    dateStyle: known ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00Z`));
}

/** A fact's value (or national level) in its unit: "914 square miles", "88%", "50p", "£1.20". */
export function formatValue(s: Strings, value: number, unit = ''): string {
  switch (unit) {
    case 'percent':
      return number(s, value / 100, PERCENT);
    case 'GBP':
      return Math.abs(value) < 1
        ? `${number(s, value * 100, { maximumFractionDigits: 1 })}${s.pence}`
        : number(s, value, { style: 'currency', currency: 'GBP' });
    case 'people':
    case 'square-miles':
    case 'per-1000-people':
    case 'per-person':
      return s.units[unit].replace('#', number(s, value));
    default:
      return unit ? `${number(s, value)} ${unit}` : number(s, value);
  }
}

export const formatFact = (s: Strings, fact: KeyFact): string | undefined =>
  fact.display ?? (fact.value === undefined ? undefined : formatValue(s, fact.value, fact.unit));

export const direction = (change: number): Direction => (change > 0 ? 'up' : change < 0 ? 'down' : 'same');

/** "up 14% over 5 years" from a signed percentage. */
export const formatTrend = (s: Strings, change: number, years?: number): string =>
  s.trend(direction(change), number(s, Math.abs(change) / 100, PERCENT), years);

export const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', same: '→' };
