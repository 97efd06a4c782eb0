import { type ContentTypeKey, collectText, contentTypes, markdownToText } from '@peer-toolkit/core';

export interface PublishedProjection {
  slug: string | null;
  title: string;
  sortOrder: number | null;
  facets: { field: string; value: string }[];
  search: { title: string; body: string };
}

function field(item: Record<string, unknown>, name: string | undefined): unknown {
  return name === undefined ? undefined : item[name];
}

/**
 * What the public read path needs from one published item, derived from the registry: its slug,
 * title and order, the values of its filter fields, and its words for the search index.
 */
export function projectItem(
  collection: ContentTypeKey,
  item: Record<string, unknown>,
): PublishedProjection {
  const type = contentTypes[collection];
  const slug = field(item, type.slugField);
  const order = field(item, type.orderField);
  const title = String(field(item, type.titleField) ?? item.id);

  const facets: { field: string; value: string }[] = [];
  for (const name of type.filterFields) {
    const value = item[name];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const entry of new Set(values.map(String))) facets.push({ field: name, value: entry });
  }

  const body = collectText(type.schema, item)
    .filter((text) => !(text.path.length === 1 && text.path[0] === type.titleField))
    .map((text) => (text.isMarkdown ? markdownToText(text.text) : text.text))
    .join('\n');

  return {
    slug: typeof slug === 'string' ? slug : null,
    title,
    sortOrder: typeof order === 'number' ? order : null,
    facets,
    search: { title, body },
  };
}
