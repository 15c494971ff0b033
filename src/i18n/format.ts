import type { KeyFact } from '../data/types.js';
import type { Direction } from './strings.js';
import type { CardStrings as Strings } from './card-strings.js';

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

/**
 * One formatter per language and options (and one answer per language to whether the browser writes its
 * dates), made the first time it is needed: making one costs far more than using it, and a page of
 * assessments formats hundreds of dates and numbers.
 */
const made = new Map<string, unknown>();
function formatter<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/**
 * Where the browser has no data for the language (Chromium has none for Welsh), British English
 * rather than the browser's own locale: a German browser would write "1.234.567 o bobl". Negative
 * values take the minus sign, not the hyphen Intl writes: "−10%".
 */
const number = (s: Strings, value: number, options?: Intl.NumberFormatOptions) =>
  formatter(
    `${s.locale}${JSON.stringify(options)}`,
    () => new Intl.NumberFormat([s.locale, 'en-GB'], { maximumFractionDigits: 2, ...options }),
  )
    .format(value)
    .replace('-', '−');

/** Whether the browser can write dates in the language (Chromium cannot in Welsh), asked once per language. */
const writesDates = (locale: string) =>
  formatter(locale, () => Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0);

/**
 * "22 March 2018" from "2018-03-22" (the parser has checked the form). Where the browser has no
 * data for the language (Chromium has none for Welsh), the language's own month names: "22 Mawrth 2018".
 */
export function formatDate(s: Strings, iso: string, monthOnly = false): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return s.months && !writesDates(s.locale)
    ? `${monthOnly ? '' : `${day} `}${s.months[month - 1]} ${year}`
    : formatter(
        `${s.locale} ${monthOnly}`,
        () =>
          new Intl.DateTimeFormat(
            [s.locale, 'en-GB'],
            monthOnly ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' },
          ),
      ).format(new Date(`${iso}T00:00Z`));
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
    case 'square-km':
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
