import {
  type AdminItem,
  AdminItemSchema,
  type ContentTypeKey,
  contentTypes,
} from '@peer-toolkit/core';
import type { ErrorItem } from '@peer-toolkit/ui';
import { type SetStateAction, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useRouter } from 'wouter';
import { ApiProblem, call } from '../api/client.js';
import {
  describeItemSchema,
  emptyObject,
  type FormValue,
  issuesFromApi,
  type ObjectSpec,
  prepareForSave,
  useValidation,
} from '../forms/index.js';
import { useSession } from '../session/session-context.js';
import { integrityErrors } from './integrity-links.js';
import { availableActions, type ItemAction } from './item-actions.js';
import {
  clearLocalDraft,
  type LocalDraft,
  localDraftKey,
  readLocalDraft,
  useAutosave,
} from './local-draft.js';
import { isSameContent, toKebab } from './same-content.js';

export interface EditorMessage {
  tone: 'success' | 'error' | 'info';
  text: string;
}

/** A refused publish, unpublish or delete: the problems, each linking to where to fix it. */
export interface Refusal {
  title: string;
  errors: ErrorItem[];
}

export interface RestoreOffer {
  draft: LocalDraft;
  /** Saved here after the server's newest version was made. */
  isNewerThanServer: boolean;
  /** Made to an older revision than the server's newest: saving will ask to compare. */
  isFromOlderRevision: boolean;
}

/** A message another screen left in the history entry (the history screen after a restore). */
function flashFromHistory(): EditorMessage | undefined {
  const state = window.history.state as { flash?: unknown } | null;
  if (typeof state?.flash !== 'string') return undefined;
  return { tone: 'success', text: state.flash };
}

/** Removes that message once shown, so a reload does not announce it again. */
function clearHistoryFlash(): void {
  const state = window.history.state as { flash?: unknown } | null;
  if (typeof state?.flash === 'string')
    window.history.replaceState({ ...state, flash: undefined }, '');
}

// A message that must survive the move from the "new" screen to the created item's screen.
const carriedMessages = new Map<string, EditorMessage>();

const refusalTitles: Partial<Record<ItemAction, string>> = {
  publish: 'This cannot be published yet',
  unpublish: 'This cannot be unpublished yet',
  delete: 'This cannot be deleted yet',
};

const doneMessages: Record<Exclude<ItemAction, 'save'>, string> = {
  submit: 'Submitted for review. A publisher can now publish it.',
  publish: 'Published. The public site shows this version now.',
  unpublish: 'Unpublished. It is no longer on the public site; the text is kept as a draft.',
  delete: 'Deleted. A publisher can restore it.',
  restore: 'Restored as a draft.',
};

function ifMatch(etag: string | undefined) {
  return etag ? { ifMatch: etag } : {};
}

function encode(id: string) {
  return encodeURIComponent(id);
}

/** For a new item, ids and slugs follow the title until someone types their own. */
function followTitle(spec: ObjectSpec, titleField: string, before: FormValue, after: FormValue) {
  const title = after[titleField];
  if (typeof title !== 'string' || title === before[titleField]) return after;
  const previousAuto = toKebab(String(before[titleField] ?? ''));
  const next = { ...after };
  for (const field of spec.fields) {
    if (field.kind !== 'text' || !field.identifier) continue;
    const current = after[field.key];
    if (current === undefined || current === '' || current === previousAuto)
      next[field.key] = toKebab(title);
  }
  return next;
}

/**
 * The state and actions of the edit screen: loading with the ETag, the form's value and its
 * checks, saving and the workflow actions, and everything that keeps typed text safe (the local
 * copy, conflicts, an ended session).
 */
export function useItemEditor({
  typeKey,
  id,
}: {
  typeKey: ContentTypeKey;
  id: string | undefined;
}) {
  const type = contentTypes[typeKey];
  const spec = useMemo(() => describeItemSchema(type.schema), [type]);
  const isNew = id === undefined;
  const storageKey = localDraftKey(type.path, id);
  const itemPath = `/admin/content/${type.path}${id === undefined ? '' : `/${encode(id)}`}`;
  const [, navigate] = useLocation();
  const { base } = useRouter();
  const { can, expired } = useSession();

  const [load, setLoad] = useState<'loading' | 'ready' | 'missing' | 'failed'>(
    isNew ? 'ready' : 'loading',
  );
  const [item, setItem] = useState<AdminItem>();
  const [etag, setEtag] = useState<string>();
  const [value, setValueState] = useState<FormValue | undefined>(() =>
    isNew ? emptyObject(spec) : undefined,
  );
  const [baseline, setBaseline] = useState<FormValue | undefined>(value);
  const [offer, setOffer] = useState<RestoreOffer>();
  const [busy, setBusy] = useState<ItemAction>();
  const [message, setMessage] = useState<EditorMessage | undefined>(
    () => carriedMessages.get(storageKey) ?? flashFromHistory(),
  );
  // Taken once the screen is shown, not while rendering: React may render a screen and discard
  // it (while its code loads, say) before showing it, and the message must still be there then.
  useEffect(() => {
    carriedMessages.delete(storageKey);
    clearHistoryFlash();
  }, [storageKey]);
  const [refusal, setRefusal] = useState<Refusal>();
  const [conflict, setConflict] = useState<AdminItem>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [summaryRequest, setSummaryRequest] = useState(0);
  const signedOutDuring = useRef<ItemAction | undefined>(undefined);

  const validation = useValidation(type.schema, spec, value);
  const isDirty = value !== undefined && !isSameContent(value, baseline);
  const autosave = useAutosave({
    key: storageKey,
    value,
    baseEtag: etag,
    isDirty,
    isEnabled: load === 'ready' && offer === undefined,
  });

  const setValue = useCallback(
    (change: SetStateAction<FormValue>) =>
      setValueState((previous) => {
        if (previous === undefined) return previous;
        const next = typeof change === 'function' ? change(previous) : change;
        return isNew ? followTitle(spec, type.titleField, previous, next) : next;
      }),
    [isNew, spec, type.titleField],
  );

  useEffect(() => {
    if (isNew) {
      const draft = readLocalDraft(storageKey);
      if (draft && !isSameContent(draft.value, emptyObject(spec)))
        setOffer({ draft, isNewerThanServer: true, isFromOlderRevision: false });
      return;
    }
    const controller = new AbortController();
    call('GET', itemPath, { schema: AdminItemSchema, signal: controller.signal })
      .then(({ data }) => {
        const content = data.content as FormValue;
        setItem(data);
        setEtag(data.etag);
        setValueState(content);
        setBaseline(content);
        const draft = readLocalDraft(storageKey);
        if (draft && !isSameContent(draft.value, content)) {
          setOffer({
            draft,
            isNewerThanServer: draft.savedAt > data.updatedAt,
            isFromOlderRevision: draft.baseEtag !== undefined && draft.baseEtag !== data.etag,
          });
        }
        setLoad('ready');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad(error instanceof ApiProblem && error.status === 404 ? 'missing' : 'failed');
      });
    return () => controller.abort();
  }, [isNew, itemPath, storageKey, spec]);

  // Back from signing in again: the form is as it was; say so, and what to do next.
  useEffect(() => {
    if (expired || !signedOutDuring.current) return;
    signedOutDuring.current = undefined;
    setMessage({
      tone: 'info',
      text: 'You are signed in again and your changes are still here. Choose the action again to finish it.',
    });
  }, [expired]);

  const showSummary = () => setSummaryRequest((count) => count + 1);

  const fail = async (error: unknown, sent: FormValue, action: ItemAction) => {
    if (!(error instanceof ApiProblem)) {
      setMessage({
        tone: 'error',
        text: 'The server could not be reached, so nothing was changed. Your text is kept on this computer: try again in a moment.',
      });
      return;
    }
    const { status, problem } = error;
    if (status === 401) {
      signedOutDuring.current = action;
      setMessage({
        tone: 'error',
        text: 'Your session ended, so this was not done. Sign in again: the form stays as it is.',
      });
      return;
    }
    if (status === 412) {
      const current = AdminItemSchema.safeParse((problem as Record<string, unknown>).current);
      const theirs = current.success
        ? current.data
        : await call('GET', itemPath, { schema: AdminItemSchema })
            .then(({ data }) => data)
            .catch(() => undefined);
      // The comparison explains itself, with who saved and when.
      if (theirs) {
        setConflict(theirs);
        return;
      }
    }
    const fieldIssues = issuesFromApi(spec, problem.issues ?? []);
    // The error summary says it all (and is announced); a banner as well would say it twice.
    if (fieldIssues.length > 0) {
      validation.showServerIssues(fieldIssues, sent);
      showSummary();
      return;
    }
    if (problem.code === 'INTEGRITY_FAILED' && problem.issues?.length) {
      setRefusal({
        title: refusalTitles[action] ?? 'This cannot be done yet',
        errors: integrityErrors(problem.issues, { collection: typeKey, id: id ?? '' }, base),
      });
      showSummary();
      return;
    }
    setMessage({ tone: 'error', text: problem.detail });
  };

  /** Saves the form, or a given value on a given revision (a merge after a conflict). */
  const save = async (given?: {
    value: FormValue;
    etag: string;
  }): Promise<AdminItem | undefined> => {
    const sent = given?.value ?? value;
    if (sent === undefined) return undefined;
    const issues = validation.validateNow(sent);
    if (issues.length > 0) {
      showSummary();
      return undefined;
    }
    const body = { content: prepareForSave(spec, sent) };
    try {
      const { data } = isNew
        ? await call('POST', itemPath, { schema: AdminItemSchema, body })
        : await call('PUT', itemPath, {
            schema: AdminItemSchema,
            body,
            ...ifMatch(given?.etag ?? etag),
          });
      setItem(data);
      setEtag(data.etag);
      setBaseline(sent);
      autosave.markSaved(sent);
      const text = isNew
        ? 'Created as a draft. Nobody outside the admin can see it until it is published.'
        : `Draft saved as revision ${data.current.number}.`;
      if (isNew) {
        carriedMessages.set(localDraftKey(type.path, data.id), { tone: 'success', text });
        navigate(`/content/${type.path}/${encode(data.id)}`, { replace: true });
      } else {
        setMessage({ tone: 'success', text });
      }
      return data;
    } catch (error) {
      await fail(error, sent, 'save');
      return undefined;
    }
  };

  const change = async (action: Exclude<ItemAction, 'save'>) => {
    let currentEtag = etag;
    if (action === 'submit' || action === 'publish') {
      if (isDirty) {
        const saved = await save();
        if (!saved) return;
        currentEtag = saved.etag;
      }
    }
    const request =
      action === 'delete'
        ? call('DELETE', itemPath, { schema: AdminItemSchema })
        : call('POST', `${itemPath}/${action === 'restore' ? 'undelete' : action}`, {
            schema: AdminItemSchema,
            ...(action === 'submit' || action === 'publish' ? ifMatch(currentEtag) : {}),
          });
    try {
      const { data } = await request;
      setItem(data);
      setEtag(data.etag);
      setMessage({ tone: 'success', text: doneMessages[action] });
    } catch (error) {
      await fail(error, value ?? {}, action);
    }
  };

  const run = async (action: ItemAction) => {
    if (busy) return;
    if (action === 'delete' && !confirmingDelete) {
      setConfirmingDelete(true);
      return;
    }
    setConfirmingDelete(false);
    setRefusal(undefined);
    setMessage(undefined);
    setBusy(action);
    try {
      if (action === 'save') await save();
      else await change(action);
    } finally {
      setBusy(undefined);
    }
  };

  const restoreLocal = () => {
    if (!offer) return;
    setValueState(offer.draft.value);
    if (offer.draft.baseEtag) setEtag(offer.draft.baseEtag);
    setOffer(undefined);
    setMessage({
      tone: 'info',
      text: 'Your unsaved changes are back in the form. They are not saved yet.',
    });
  };

  const discardLocal = () => {
    clearLocalDraft(storageKey);
    setOffer(undefined);
    setMessage({ tone: 'info', text: 'Your earlier unsaved changes were discarded.' });
  };

  /** The merged version goes into the form (so it is kept locally) and is saved on theirs. */
  const resolveConflict = (merged: FormValue) => {
    if (!conflict || busy) return;
    const theirs = conflict;
    setValueState(merged);
    setEtag(theirs.etag);
    setItem(theirs);
    setBaseline(theirs.content as FormValue);
    setConflict(undefined);
    setMessage(undefined);
    setBusy('save');
    void save({ value: merged, etag: theirs.etag }).finally(() => setBusy(undefined));
  };

  const cancelConflict = () => {
    setConflict(undefined);
    setMessage({
      tone: 'info',
      text: 'Your changes are still in the form and kept on this computer. Saving will offer the comparison again.',
    });
  };

  return {
    type,
    spec,
    isNew,
    load,
    item,
    value,
    setValue,
    isDirty,
    validation,
    offer,
    restoreLocal,
    discardLocal,
    actions: availableActions({ item, isDirty, can }),
    busy,
    run,
    confirmingDelete,
    cancelDelete: () => setConfirmingDelete(false),
    message,
    refusal,
    summaryRequest,
    conflict,
    resolveConflict,
    cancelConflict,
    navigate,
    base,
  };
}
