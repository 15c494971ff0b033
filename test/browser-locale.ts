/**
 * Runs `run` as if the browser's own locale were `locale`, with no data for any language this
 * browser lacks (Chromium has no Welsh): Intl then resolves a request it cannot meet to `locale`,
 * as a German browser resolves "cy-GB" to German. The runner's real locale is English, so without
 * this a test cannot tell "fell back to British English" from "fell back to the browser's locale".
 * `calls` records the locales each formatter was asked for.
 */
export async function asInBrowserLocale<T>(locale: string, run: (calls: unknown[]) => T | Promise<T>): Promise<T> {
  const saved = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
  const calls: unknown[] = [];
  for (const [name, Real] of Object.entries(saved) as [keyof typeof saved, typeof Intl.NumberFormat][]) {
    function Fake(locales?: string | string[], options?: object) {
      calls.push(locales);
      const supported = Real.supportedLocalesOf(locales ?? []);
      return new Real(supported.length ? supported : locale, options);
    }
    Fake.supportedLocalesOf = Real.supportedLocalesOf.bind(Real);
    Object.defineProperty(Intl, name, { value: Fake, configurable: true, writable: true });
  }
  try {
    return await run(calls);
  } finally {
    for (const [name, Real] of Object.entries(saved))
      Object.defineProperty(Intl, name, { value: Real, configurable: true, writable: true });
  }
}
