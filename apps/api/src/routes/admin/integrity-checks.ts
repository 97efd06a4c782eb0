import {
  type ContentBundle,
  type ContentTypeKey,
  collectReferences,
  contentTypeKeys,
  contentTypes,
  type ProblemIssue,
  validateBundle,
} from '@peer-toolkit/core';
import type { ContentSnapshot, ItemKey } from '../../store/editorial-store.js';

/**
 * Bundle problems name items by position; editors need to know which item, so the position is
 * replaced by the item's id: ["roles", "crisis-peer-worker", "relatedTopicIds", 0].
 */
function byItemId(bundle: ContentBundle, problems: ProblemIssue[]): ProblemIssue[] {
  return problems.map((problem) => {
    const [collection, index, ...rest] = problem.path;
    const items = bundle[collection as ContentTypeKey] as { id?: string }[] | undefined;
    const id = typeof index === 'number' ? items?.[index]?.id : undefined;
    return id === undefined ? problem : { ...problem, path: [String(collection), id, ...rest] };
  });
}

/** Every integrity rule, on the published content as it would be after the change. */
export function checkPublishedContent(after: ContentSnapshot): ProblemIssue[] {
  const result = validateBundle(after.published);
  return result.ok ? [] : byItemId(after.published, result.problems);
}

/** Items (live or published) that still link to the one being deleted. */
export function checkNothingLinksTo(key: ItemKey) {
  return (after: ContentSnapshot): ProblemIssue[] => {
    const problems: ProblemIssue[] = [];
    const seen = new Set<string>();
    for (const bundle of [after.working, after.published]) {
      for (const collection of contentTypeKeys) {
        for (const item of bundle[collection] as { id: string }[]) {
          const links = collectReferences(contentTypes[collection].schema, item).filter(
            (reference) => reference.collection === key.collection && reference.id === key.id,
          );
          for (const link of links) {
            const path = [collection, item.id, ...link.path];
            const id = JSON.stringify(path);
            if (seen.has(id)) continue;
            seen.add(id);
            problems.push({
              path,
              message: `${contentTypes[collection].label.singular} "${item.id}" still links to this item`,
              rule: 'still-referenced',
            });
          }
        }
      }
    }
    return problems;
  };
}
