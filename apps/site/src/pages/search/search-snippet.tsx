import type { SearchHit } from '@peer-toolkit/core';

/**
 * The passage that matched, with the matching words marked. Parts are React text, so any markup
 * in the content shows as the characters it is and is never interpreted.
 */
export function SearchSnippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.highlight ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
