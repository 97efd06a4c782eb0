import type { ContentTypeKey, RelatedItem } from '@peer-toolkit/core';
import { useContent } from '../components/content-context.js';
import { Markdown } from '../components/markdown.js';

/** The items of one collection that a view links to, in the order the item lists them. */
export function relatedOf(items: readonly RelatedItem[], collection: ContentTypeKey) {
  return items.filter((item) => item.collection === collection);
}

/** Links to related content, each with its summary so the reader can tell where it leads. */
export function RelatedSummaries({ items }: { items: readonly RelatedItem[] }) {
  const { linkTo } = useContent();
  if (items.length === 0) return null;
  return (
    <ul className="ptk-related-list">
      {items.map((item) => (
        <li key={`${item.collection}:${item.id}`}>
          <a
            className="ptk-related-list__link"
            href={linkTo(item.collection as ContentTypeKey, item.slug ?? item.id)}
          >
            {item.title}
          </a>
          {item.summary ? (
            <Markdown source={item.summary} className="ptk-related-list__summary" />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The "Related toolkit topics" section of a page, with each topic's summary. */
export function RelatedTopicsSection({ topics }: { topics: readonly RelatedItem[] }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="related-topics">
      <h2 id="related-topics">Related toolkit topics</h2>
      <RelatedSummaries items={topics} />
    </section>
  );
}
