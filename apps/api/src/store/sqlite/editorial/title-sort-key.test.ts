import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleSortKey } from './title-sort-key.js';

/** SQLite's BINARY collation compares UTF-8 bytes. */
function compareAsSqlite(a: string, b: string): number {
  return Math.sign(Buffer.compare(Buffer.from(titleSortKey(a)), Buffer.from(titleSortKey(b))));
}

const characters = [...'aAbBeEzZ019 -_,.:;!?\'"()&/+éèêÉëñçÅ’‘“—–'];
const title = fc.array(fc.constantFrom(...characters), { maxLength: 8 }).map((c) => c.join(''));

describe('titleSortKey', () => {
  it.each([
    ['apple', 'Banana'],
    ['apple', 'Apple'],
    ['resume', 'résumé'],
    ['résumé', 'Résumé'],
    ['Risk', 'Risk assessment'],
    ['Risk assessment', 'Risk-taking'],
    ['Risk-taking', 'Risk, taking'],
    ['Topic 10', 'Topic 9'],
    ['Topic 9', 'Topic a'],
    ['(Draft) topic', 'Draft topic'],
    ['Ｔopic', 'Topic z'],
    ["A'", 'a‘'],
    ["'á", '‘a'],
    ['“', '"a'],
    ['é', 'è'],
    ['á', 'áb'],
    ['eë', 'ÉE'],
  ])('puts %j before %j, as localeCompare does', (first, second) => {
    expect(first.localeCompare(second)).toBe(-1);
    expect(compareAsSqlite(first, second)).toBe(-1);
    expect(compareAsSqlite(second, first)).toBe(1);
  });

  it('orders Latin titles with punctuation, accents and case as localeCompare does', () => {
    fc.assert(
      fc.property(title, title, (a, b) => {
        expect(compareAsSqlite(a, b)).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 50_000 },
    );
  });
});
