import { flesch } from 'flesch';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../markdown/markdown-to-text.js';
import { loadDefaultBundle } from './index.js';

/** Flesch reading ease and words per sentence of a passage. */
function readability(text: string) {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => /\w/.test(s));
  const words = text.match(/[A-Za-z’'-]+/g) ?? [];
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  return {
    ease: flesch({ sentence: sentences.length, word: words.length, syllable: syllables }),
    wordsPerSentence: words.length / sentences.length,
  };
}

const bundle = loadDefaultBundle();
const summaries = (
  [
    'topics',
    'riskAreas',
    'roles',
    'mechanisms',
    'outcomes',
    'conditions',
    'principleSets',
    'contexts',
  ] as const
).flatMap((key) =>
  (bundle[key] as { id: string; summary: string }[]).map((item) => ({
    name: `${key}/${item.id}`,
    ...readability(markdownToText(item.summary)),
  })),
);

// Summaries aim at a reading age of 11 to 14: Flesch reading ease of about 60 or more. Subject
// words such as "organisation" cost points, so the floor for any one summary is a little lower.
describe('plain English in summaries', () => {
  it.each(summaries)(
    '$name keeps sentences short and words plain',
    ({ ease, wordsPerSentence }) => {
      expect(wordsPerSentence).toBeLessThanOrEqual(20);
      expect(ease).toBeGreaterThanOrEqual(50);
    },
  );

  it('reads at a reading age of about 11 to 14 on average', () => {
    const mean = summaries.reduce((total, s) => total + s.ease, 0) / summaries.length;
    expect(mean).toBeGreaterThanOrEqual(62);
  });
});
