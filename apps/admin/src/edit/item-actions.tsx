import type { AdminItem, Role } from '@peer-toolkit/core';
import { useEffect, useRef } from 'react';

export type ItemAction = 'save' | 'submit' | 'publish' | 'unpublish' | 'delete' | 'restore';

const hasDraftWork = new Set(['draft', 'changed', 'unpublished']);

/**
 * The actions a person may take on an item now: by their role (editors write and submit;
 * publishers also publish, unpublish, delete and restore) and by the item's state.
 */
export function availableActions({
  item,
  isDirty,
  can,
}: {
  /** Undefined for an item not yet created. */
  item: AdminItem | undefined;
  isDirty: boolean;
  can(role: Role): boolean;
}): ItemAction[] {
  const actions: ItemAction[] = [];
  if (!item) return can('editor') ? ['save'] : [];
  if (item.deleted) return can('publisher') ? ['restore'] : [];
  if (can('editor')) {
    actions.push('save');
    if (isDirty || (hasDraftWork.has(item.status) && !item.inReview)) actions.push('submit');
  }
  if (can('publisher')) {
    if (isDirty || item.status !== 'published') actions.push('publish');
    if (item.published !== null) actions.push('unpublish');
    actions.push('delete');
  }
  return actions;
}

function actionLabel(action: ItemAction, { isDirty, isNew }: { isDirty: boolean; isNew: boolean }) {
  switch (action) {
    case 'save':
      return isNew ? 'Save as a draft' : 'Save draft';
    case 'submit':
      return isDirty ? 'Save and submit for review' : 'Submit for review';
    case 'publish':
      return isDirty ? 'Save and publish' : 'Publish';
    case 'unpublish':
      return 'Unpublish';
    case 'delete':
      return 'Delete';
    case 'restore':
      return 'Restore this item';
  }
}

/** Asks before deleting, in the page rather than a browser dialog, with focus moved to it. */
function DeleteConfirmation({
  title,
  isDirty,
  onConfirm,
  onCancel,
}: {
  title: string;
  isDirty: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="admin-confirm" aria-labelledby="confirm-delete-title">
      <h2 id="confirm-delete-title" ref={heading} tabIndex={-1}>
        Delete “{title}”?
      </h2>
      <p>
        It will be taken off the public site if it is published. A publisher can restore it later.
        {isDirty ? ' Your unsaved changes stay on this computer.' : ''}
      </p>
      <div className="ptk-button-group">
        <button type="button" className="ptk-button admin-button--warning" onClick={onConfirm}>
          Yes, delete it
        </button>
        <button type="button" className="ptk-button ptk-button--secondary" onClick={onCancel}>
          No, keep it
        </button>
      </div>
    </section>
  );
}

/** The buttons for the actions on offer. */
export function ItemActions({
  actions,
  busy,
  isDirty,
  isNew,
  title,
  confirmingDelete,
  onAction,
  onConfirmDelete,
}: {
  actions: readonly ItemAction[];
  busy: ItemAction | undefined;
  isDirty: boolean;
  isNew: boolean;
  title: string;
  confirmingDelete: boolean;
  onAction(action: ItemAction): void;
  onConfirmDelete(confirmed: boolean): void;
}) {
  if (confirmingDelete) {
    return (
      <DeleteConfirmation
        title={title}
        isDirty={isDirty}
        onConfirm={() => onConfirmDelete(true)}
        onCancel={() => onConfirmDelete(false)}
      />
    );
  }
  const primary = new Set<ItemAction>(['save', 'restore']);
  return (
    <div className="admin-actions">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`ptk-button${primary.has(action) ? '' : ' ptk-button--secondary'}${
            action === 'delete' ? ' admin-button--warning-secondary' : ''
          }`}
          // Not disabled while busy: a disabled button would drop the keyboard focus.
          aria-disabled={busy !== undefined ? true : undefined}
          onClick={() => busy === undefined && onAction(action)}
        >
          {busy === action
            ? `${actionLabel(action, { isDirty, isNew })}…`
            : actionLabel(action, { isDirty, isNew })}
        </button>
      ))}
    </div>
  );
}
