import { type ChangeObject, diffWords } from 'diff';
import { useMemo } from 'react';

export type WordChange = ChangeObject<string>;

/** The word-level changes that turn `before` into `after`. */
export function diffText(before: string, after: string): WordChange[] {
  return diffWords(before, after);
}

/** Share of the two texts that stayed the same, from 0 (all rewritten) to 1 (no change). */
export function keptShare(parts: readonly WordChange[]): number {
  let kept = 0;
  let total = 0;
  for (const part of parts) {
    const size = part.value.length;
    total += part.added || part.removed ? size : 2 * size;
    if (!part.added && !part.removed) kept += 2 * size;
  }
  return total === 0 ? 1 : kept / total;
}

/**
 * Removed words struck through inside <del>, added words underlined inside <ins>, each with
 * hidden words that say so, because screen readers rarely announce <del>/<ins> and colour
 * alone carries no meaning.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffText(before, after), [before, after]);
  return <WordDiffParts parts={parts} />;
}

/** Spaces at the ends of a mark are shown outside it, so only the words are struck or underlined. */
function splitEdges(value: string): [string, string, string] {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(value);
  return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''] : ['', value, ''];
}

export function WordDiffParts({ parts }: { parts: readonly WordChange[] }) {
  return (
    <span className="admin-word-diff">
      {parts.map((part, index) => {
        // The parts are a fixed sequence for these two texts; their position is their identity.
        const key = `${index}-${part.added ? 'a' : part.removed ? 'r' : 's'}`;
        if (!part.added && !part.removed) return <span key={key}>{part.value}</span>;
        const [lead, words, trail] = splitEdges(part.value);
        // Spacing alone is not a change an editor needs marked; removed spacing is not shown.
        if (!words) return part.added ? <span key={key}>{part.value}</span> : null;
        const Mark = part.added ? 'ins' : 'del';
        return (
          <span key={key}>
            {lead}
            <Mark>
              <span className="ptk-visually-hidden">{part.added ? '[added: ' : '[removed: '}</span>
              {words}
              <span className="ptk-visually-hidden">]</span>
            </Mark>
            {trail}
          </span>
        );
      })}
    </span>
  );
}

/** The key to the marks, shown once above a list of word-level changes. */
export function WordDiffKey() {
  return (
    <p className="admin-diff-key">
      In changed text, <del>removed words are struck through</del> and{' '}
      <ins>added words are underlined</ins>.
    </p>
  );
}
