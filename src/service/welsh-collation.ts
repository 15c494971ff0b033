// Welsh alphabetical order where the runtime has none. Workers' ICU holds no Welsh data, so there
// `'Cheshire'.localeCompare('Cumbria', 'cy')` puts Cheshire first, where Welsh (and Node, and every browser)
// puts it after: ch is a letter of its own, after c. <peel-compare> sorts forces by name in the page's
// language, so without this a Welsh table would come out in another order on Workers than on Node.

/** The Welsh alphabet (with the letters of loanwords where English has them), as CLDR's Welsh tailoring orders it. */
const ORDER = 'a b c ch d dd e f ff g ng h i j k l ll m n o p ph q r rh s t th u v w x y z'.split(' ');
const RANK = new Map(ORDER.map((letter, i) => [letter, i]));
const DIGRAPH = /^(ch|dd|ff|ng|ll|ph|rh|th)/;

/** Each letter's rank, Welsh digraphs as one; what is not a letter ranks before every letter, as ICU has it. */
function key(text: string): number[] {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < plain.length;) {
    const letter = DIGRAPH.exec(plain.slice(i))?.[0] ?? plain[i]!;
    const rank = RANK.get(letter);
    out.push(rank === undefined ? plain.charCodeAt(i) - 0x10000 : rank);
    i += letter.length;
  }
  return out;
}

function compare(a: string, b: string): number {
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/** Makes `localeCompare` with a Welsh locale follow the Welsh alphabet, where the runtime has no Welsh order. */
export function welshCollation() {
  if (Intl.Collator.supportedLocalesOf(['cy']).length) return;
  const native = String.prototype.localeCompare;
  // A builtin replaced: this isolate runs the service alone, and only a Welsh locale takes the new path.
  String.prototype.localeCompare = function (
    this: string,
    that: string,
    locales?: string | string[],
    options?: Intl.CollatorOptions,
  ) {
    const first = Array.isArray(locales) ? locales[0] : locales;
    if (!/^cy\b/i.test(first ?? '')) return native.call(this, that, locales, options);
    // Letters first; where those are the same, case and accents as the runtime orders them.
    return compare(String(this), String(that)) || native.call(this, that, locales, options);
  };
}
