import { type ItemStatus, itemStatusLabels } from '@peer-toolkit/core';
import { Tag } from '@peer-toolkit/ui';

const tones = {
  draft: 'neutral',
  'in-review': 'orange',
  published: 'green',
  changed: 'blue',
  unpublished: 'purple',
} as const satisfies Record<ItemStatus, Parameters<typeof Tag>[0]['tone']>;

/** An item's status in words; the colour only repeats what the words say. */
export function StatusTag({ status, deleted = false }: { status: ItemStatus; deleted?: boolean }) {
  if (deleted) return <Tag tone="red">Deleted</Tag>;
  return <Tag tone={tones[status]}>{itemStatusLabels[status]}</Tag>;
}
