/**
 * Punctuation and symbols in the order the default collation (ICU, as `localeCompare` uses) puts
 * them, all before digits and letters. The characters of one entry differ only as accents do
 * (`'` before `‘` before `’`).
 */
const PUNCTUATION_ORDER = [...' _-–—,;:!?.·', "'‘’", '"“”', ...'()[]{}@*/\\&#%•`^+×<=>|~$£€'];
/** Common accents, in the collation's order (acute before grave, …); others follow these. */
const ACCENT_ORDER =
  '\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0327\u0328\u0304\u0323';
/** Below every other character of a key, so that a title sorts before longer ones it begins. */
const LEVEL_END = '\u0001';
/** Ends one character's accents, so that a plain character sorts before an accented one. */
const CHARACTER_END = '\u0002';
const FIRST_WEIGHT = 0x03;

const weight = (index: number) => String.fromCharCode(FIRST_WEIGHT + index);
const punctuation = new Map(
  PUNCTUATION_ORDER.flatMap((entry, rank) =>
    [...entry].map((char, variant) => [
      char,
      { rank: weight(rank), variant: variant === 0 ? '' : weight(variant) },
    ]),
  ),
);
const accents = new Map([...ACCENT_ORDER].map((mark, index) => [mark, weight(index)]));

/** One character: what it is, whatever its accents and case; the collation's first level. */
function primaryOf(char: string): string {
  const lower = char.toLowerCase();
  return punctuation.get(lower)?.rank ?? lower;
}

/** The second level: each character's accents (or variant of punctuation), in order. */
function secondaryOf(decomposed: string): string {
  let key = '';
  let isFirst = true;
  for (const char of decomposed) {
    if (/\p{M}/u.test(char)) {
      key += accents.get(char) ?? char;
      continue;
    }
    key += (isFirst ? '' : CHARACTER_END) + (punctuation.get(char)?.variant ?? '');
    isFirst = false;
  }
  return key;
}

/**
 * A key whose binary order is the `localeCompare` order of titles, for SQL to sort by: characters
 * compared without case or accents first, then accents, then case (lower before upper). Close to
 * ICU for Latin text; other scripts, and symbols not listed above, sort by code point after the
 * letters.
 */
export function titleSortKey(title: string): string {
  const decomposed = title.normalize('NFKD');
  const bases = [...decomposed.replace(/\p{M}/gu, '')];
  const primary = bases.map(primaryOf).join('');
  const cases = bases.map((char) => (char === char.toLowerCase() ? '0' : '1')).join('');
  return [primary, secondaryOf(decomposed), cases].join(LEVEL_END);
}
