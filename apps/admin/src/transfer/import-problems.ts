import { contentTypes, isContentTypeKey, type ProblemIssue } from '@peer-toolkit/core';
import { describeItemSchema, describeLocation } from '../forms/index.js';

/** What the admin knows of the file being imported, to name its items in messages. */
export interface ImportedItemRef {
  collection: string;
  id: string;
  revisions: { number: number }[];
}

/** "Toolkit topic “role-definition”", or "Item “x”" for a type this admin does not know. */
export function itemName(collection: unknown, id: unknown): string {
  if (typeof collection === 'string' && isContentTypeKey(collection)) {
    return `${contentTypes[collection].label.singular} “${String(id)}”`;
  }
  return `Item “${String(id)}”`;
}

function fieldWords(collection: unknown, field: readonly (string | number)[]): string {
  if (typeof collection !== 'string' || !isContentTypeKey(collection)) return '';
  return describeLocation(describeItemSchema(contentTypes[collection].schema), field);
}

/**
 * One problem the API found with an import, in words. A problem in the file has a path into the
 * request (['body', 'document', 'items', 3, 'revisions', 1, 'content', 'title']) and is named by
 * the item and revision it is in; a problem with the content as it would be after the import has
 * a path like a publishing problem ([collection, id, ...field]).
 */
export function describeImportIssue(
  issue: ProblemIssue,
  items: readonly ImportedItemRef[] | undefined,
): string {
  const path = issue.path;
  if (path[0] === 'body' && path[1] === 'document') {
    if (path[2] !== 'items' || typeof path[3] !== 'number') return `The file: ${issue.message}`;
    const item = items?.[path[3]];
    const name = item ? itemName(item.collection, item.id) : `Item ${path[3] + 1}`;
    if (path[4] === 'revisions' && typeof path[5] === 'number') {
      const number = item?.revisions[path[5]]?.number;
      const revision = number === undefined ? `revision ${path[5] + 1}` : `revision ${number}`;
      const where = path[6] === 'content' ? fieldWords(item?.collection, path.slice(7)) : '';
      return `${name}, ${revision}${where ? ` › ${where}` : ''}: ${issue.message}`;
    }
    return `${name}: ${issue.message}`;
  }
  const [collection, id, ...field] = path;
  if (typeof collection === 'string' && isContentTypeKey(collection) && id !== undefined) {
    const where = fieldWords(collection, field);
    return `${itemName(collection, id)}${where ? ` › ${where}` : ''}: ${issue.message}`;
  }
  return issue.message;
}
