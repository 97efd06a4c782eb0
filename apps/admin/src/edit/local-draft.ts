import { useEffect, useRef } from 'react';
import { z } from 'zod';

/**
 * What the editor had typed, kept in this browser until it is saved: a session that ends, a tab
 * that closes or a crash never costs the text.
 */
export const LocalDraftSchema = z.object({
  value: z.record(z.string(), z.unknown()),
  /** The ETag of the revision the changes were made to; absent for an item not yet created. */
  baseEtag: z.string().optional(),
  savedAt: z.iso.datetime(),
});

export type LocalDraft = z.infer<typeof LocalDraftSchema>;

const PREFIX = 'ptk-admin:unsaved:';

/** One key per item: "ptk-admin:unsaved:topics/role-definition", or ".../new" before it exists. */
export function localDraftKey(typePath: string, id: string | undefined): string {
  return `${PREFIX}${typePath}/${id ?? 'new'}`;
}

// Storage can be full, blocked or missing (private windows): keeping a draft is best effort.
export function readLocalDraft(key: string): LocalDraft | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return undefined;
    const parsed = LocalDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalDraft(key: string, draft: LocalDraft): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Nothing more can be done; the form itself still holds the text.
  }
}

export function clearLocalDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // As above.
  }
}

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Keeps the value in local storage a moment after each change while it differs from what the
 * server has, and at once when the page is hidden or the screen closes.
 */
export function useAutosave({
  key,
  value,
  baseEtag,
  isDirty,
  isEnabled,
}: {
  key: string;
  value: Record<string, unknown> | undefined;
  baseEtag: string | undefined;
  isDirty: boolean;
  /** Off while an earlier unsaved draft is waiting to be restored or discarded. */
  isEnabled: boolean;
}): { markSaved(saved: Record<string, unknown>): void } {
  const saved = useRef<Record<string, unknown> | undefined>(undefined);
  const latest = useRef<() => void>(() => undefined);
  latest.current = () => {
    if (!isEnabled || value === undefined) return;
    // Back to what the server has: nothing is unsaved.
    if (!isDirty || value === saved.current) {
      clearLocalDraft(key);
      return;
    }
    writeLocalDraft(key, {
      value,
      ...(baseEtag ? { baseEtag } : {}),
      savedAt: new Date().toISOString(),
    });
  };

  useEffect(() => {
    if (!isEnabled || value === undefined) return;
    const timer = setTimeout(() => latest.current(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [isEnabled, value]);

  useEffect(() => {
    const flush = () => latest.current();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    /** After a save: that value is on the server, so it is no longer kept here. */
    markSaved(value) {
      saved.current = value;
      clearLocalDraft(key);
    },
  };
}
