import { contentTypes, isContentTypeKey, type ProblemIssue } from '@peer-toolkit/core';
import type { ErrorItem } from '@peer-toolkit/ui';
import { describeItemSchema, describeLocation, fieldId } from '../forms/index.js';
import { anchorPath } from '../forms/validate.js';

/**
 * Publishing problems as error-summary links. Their paths name the item, not its position:
 * [collection, itemId, ...field]. A problem on this item links to the field on this screen; one
 * on another item opens that item's edit screen at the field.
 */
export function integrityErrors(
  issues: readonly ProblemIssue[],
  current: { collection: string; id: string },
  base: string,
): ErrorItem[] {
  const items = issues.map((issue): ErrorItem => {
    const [collection, itemId, ...field] = issue.path;
    if (typeof collection !== 'string' || !isContentTypeKey(collection) || itemId === undefined) {
      return { href: '#main-content', message: issue.message };
    }
    const type = contentTypes[collection];
    const spec = describeItemSchema(type.schema);
    const anchor = anchorPath(spec, field);
    const where = describeLocation(spec, field);
    const hash = anchor.length > 0 ? `#${fieldId(anchor)}` : '';
    if (collection === current.collection && String(itemId) === current.id) {
      return {
        href: hash || '#main-content',
        message: where ? `${where}: ${issue.message}` : issue.message,
      };
    }
    const item = `${type.label.singular} “${itemId}”`;
    return {
      href: `${base}/content/${type.path}/${encodeURIComponent(String(itemId))}${hash}`,
      message: `${item}${where ? ` › ${where}` : ''}: ${issue.message}`,
    };
  });
  return mergeSameLink(items);
}

/** One entry per link: two problems on one field read as one message, not two identical links. */
export function mergeSameLink(items: readonly ErrorItem[]): ErrorItem[] {
  const byHref = new Map<string, string[]>();
  for (const item of items) {
    const messages = byHref.get(item.href) ?? [];
    if (!messages.includes(item.message)) messages.push(item.message);
    byHref.set(item.href, messages);
  }
  return [...byHref].map(([href, messages]) => ({ href, message: messages.join(' — ') }));
}
