/**
 * Every character a hostile URL might start with: C0 controls and space (which the URL parser
 * strips), C1 controls, and the Unicode spaces that String#trim strips but the URL parser keeps.
 */
export const PREFIX_CHARS = [
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u00a0',
  '\u1680',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
