import diff from 'microdiff';

export interface ItemChange {
  path: (string | number)[];
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const kinds = { CREATE: 'added', REMOVE: 'removed', CHANGE: 'changed' } as const;

/**
 * Field-by-field differences between two versions of an item, each with its path, so an editor
 * sees "summary changed" or "findings 2 removed" rather than two whole documents.
 */
export function diffItems(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): ItemChange[] {
  return diff(before, after).map((change) => {
    const base = { path: change.path, kind: kinds[change.type] };
    if (change.type === 'CREATE') return { ...base, after: change.value };
    if (change.type === 'REMOVE') return { ...base, before: change.oldValue };
    return { ...base, before: change.oldValue, after: change.value };
  });
}
