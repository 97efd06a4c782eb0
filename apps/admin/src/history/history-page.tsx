import {
  type AdminItem,
  AdminItemSchema,
  contentTypes,
  DiffSchema,
  findContentTypeByPath,
  RevisionListSchema,
} from '@peer-toolkit/core';
import { Tag } from '@peer-toolkit/ui';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { z } from 'zod';
import { ApiProblem, call } from '../api/client.js';
import { formatTime } from '../pages/format-time.js';
import { StatusTag } from '../pages/status-tag.js';
import { useSession } from '../session/session-context.js';
import { authorLabel, authorLabelWithEmail } from './author-label.js';
import { DiffView } from './diff-view.js';

type RevisionEntry = z.output<typeof RevisionListSchema>['items'][number];
type Diff = z.output<typeof DiffSchema>;

/** What the edit screen finds in `history.state` after a restore, to show as a success message. */
export interface RestoredState {
  flash: string;
}

function problemText(error: unknown, fallback: string): string {
  return error instanceof ApiProblem ? error.problem.detail : fallback;
}

function revisionLabel(revision: RevisionEntry, latest: number): string {
  const marks = [
    revision.number === latest ? 'latest' : '',
    revision.isPublished ? 'published' : '',
  ].filter(Boolean);
  return `Revision ${revision.number}${marks.length ? ` (${marks.join(', ')})` : ''}, ${authorLabel(revision)}, ${formatTime(revision.createdAt)}`;
}

/** The pair shown first: the draft against what the public sees, else the latest change. */
function defaultPair(revisions: readonly RevisionEntry[]): [number, number] | undefined {
  const [latest, previous] = revisions;
  if (!latest) return undefined;
  const published = revisions.find((revision) => revision.isPublished);
  if (published && published.number !== latest.number) return [published.number, latest.number];
  return previous ? [previous.number, latest.number] : undefined;
}

/** "Latest" and "Published" in words, each after a space, so they read well inside a sentence. */
function RevisionTags({ revision, latest }: { revision: RevisionEntry; latest: number }) {
  return (
    <>
      {revision.number === latest ? (
        <>
          {' '}
          <Tag tone="blue">Latest</Tag>
        </>
      ) : null}
      {revision.isPublished ? (
        <>
          {' '}
          <Tag tone="green">Published</Tag>
        </>
      ) : null}
    </>
  );
}

/**
 * Every saved version of an item, newest first; any two compared field by field; publishers can
 * make an old version the new draft. History is never rewritten: a restore adds a revision.
 */
export function HistoryPage({ params }: { params: Record<string, string | undefined> }) {
  const typePath = params.type ?? '';
  const id = params.id ?? '';
  const typeKey = findContentTypeByPath(typePath);
  const type = typeKey ? contentTypes[typeKey] : undefined;
  const itemPath = `/admin/content/${encodeURIComponent(typePath)}/${encodeURIComponent(id)}`;
  const screenPath = `/content/${typePath}/${encodeURIComponent(id)}`;
  const { can } = useSession();
  const [, navigate] = useLocation();
  const [search, setSearch] = useSearchParams();
  const formId = useId();

  const [item, setItem] = useState<{ data: AdminItem; etag: string | undefined }>();
  const [revisions, setRevisions] = useState<RevisionEntry[]>();
  const [loadError, setLoadError] = useState<string>();
  const [diff, setDiff] = useState<Diff>();
  const [diffError, setDiffError] = useState<string>();
  const [confirming, setConfirming] = useState<RevisionEntry>();
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string>();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [loadedItem, list] = await Promise.all([
          call('GET', itemPath, { schema: AdminItemSchema, ...(signal ? { signal } : {}) }),
          call('GET', `${itemPath}/revisions`, {
            schema: RevisionListSchema,
            ...(signal ? { signal } : {}),
          }),
        ]);
        setItem(loadedItem);
        setRevisions(list.data.items);
        setLoadError(undefined);
      } catch (error) {
        if (!signal?.aborted) setLoadError(problemText(error, 'The history could not be loaded.'));
      }
    },
    [itemPath],
  );

  useEffect(() => {
    if (!type) return;
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [type, load]);

  const latest = revisions?.[0]?.number ?? 0;
  const fallback = revisions ? defaultPair(revisions) : undefined;
  const known = (value: string | null) =>
    value !== null && revisions?.some((revision) => String(revision.number) === value);
  const from = known(search.get('from')) ? Number(search.get('from')) : fallback?.[0];
  const to = known(search.get('to')) ? Number(search.get('to')) : fallback?.[1];

  // What the two pickers show: the pair in the address until the user picks another.
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const chosenFrom = picked.from ?? (from === undefined ? '' : String(from));
  const chosenTo = picked.to ?? (to === undefined ? '' : String(to));

  useEffect(() => {
    setDiff(undefined);
    setDiffError(undefined);
    if (from === undefined || to === undefined || from === to) return;
    const controller = new AbortController();
    call('GET', `${itemPath}/diff?from=${from}&to=${to}`, {
      schema: DiffSchema,
      signal: controller.signal,
    })
      .then(({ data }) => setDiff(data))
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setDiffError(problemText(error, 'The changes could not be loaded.'));
      });
    return () => controller.abort();
  }, [itemPath, from, to]);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  if (!type) return <h1>There is no such content type</h1>;

  const compare = (event: FormEvent) => {
    event.preventDefault();
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.set('from', chosenFrom);
      next.set('to', chosenTo);
      return next;
    });
    setPicked({});
  };

  const askToRestore = (revision: RevisionEntry, button: HTMLElement) => {
    returnFocusTo.current = button;
    setRestoreError(undefined);
    setConfirming(revision);
  };

  const cancelRestore = () => {
    setConfirming(undefined);
    returnFocusTo.current?.focus();
  };

  const restore = async () => {
    if (!confirming || !item) return;
    setRestoring(true);
    setRestoreError(undefined);
    try {
      const { data } = await call('POST', `${itemPath}/revisions/${confirming.number}/restore`, {
        schema: AdminItemSchema,
        ...(item.etag ? { ifMatch: item.etag } : {}),
      });
      const state: RestoredState = {
        flash: `Revision ${confirming.number} has been restored as a new draft (revision ${data.current.number}). The public site does not change until it is published.`,
      };
      navigate(screenPath, { state });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        setRestoreError(
          'Someone saved this item while you were looking at its history, so nothing was restored. The list now shows their version: check it, then try again.',
        );
        await load();
      } else {
        setRestoreError(problemText(error, 'The version could not be restored. Try again.'));
      }
    } finally {
      setRestoring(false);
    }
  };

  const fromEntry = revisions?.find((revision) => revision.number === from);
  const toEntry = revisions?.find((revision) => revision.number === to);

  return (
    <>
      <p>
        <Link href={screenPath} className="admin-back-link">
          Back to {item ? `“${item.data.title}”` : 'the item'}
        </Link>
      </p>
      <h1>
        <span className="admin-caption">{type.label.singular}</span>
        History of {item ? `“${item.data.title}”` : id}
      </h1>
      {item ? (
        <p>
          Status: <StatusTag status={item.data.status} deleted={item.data.deleted} />
        </p>
      ) : null}

      {loadError ? (
        <div className="ptk-error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{loadError}</p>
        </div>
      ) : null}
      {!revisions && !loadError ? <p role="status">Loading the history…</p> : null}

      {confirming ? (
        <section className="admin-confirm" aria-labelledby={`${formId}-confirm`}>
          <h2 id={`${formId}-confirm`} ref={confirmHeading} tabIndex={-1}>
            Restore revision {confirming.number} as a new draft?
          </h2>
          <p>
            This makes a new draft with the content of revision {confirming.number}, saved by{' '}
            {authorLabel(confirming)} on {formatTime(confirming.createdAt)}.
          </p>
          <p>
            Nothing is deleted: the current version (revision {latest}) stays in the history. The
            public site does not change until the new draft is published.
          </p>
          {restoreError ? (
            <p className="ptk-error-message" role="alert">
              <span className="ptk-visually-hidden">Error: </span>
              {restoreError}
            </p>
          ) : null}
          <div className="ptk-button-group">
            <button
              type="button"
              className="ptk-button"
              disabled={restoring}
              onClick={() => void restore()}
            >
              Yes, restore revision {confirming.number}
            </button>
            <button
              type="button"
              className="ptk-button ptk-button--secondary"
              onClick={cancelRestore}
            >
              Cancel
            </button>
          </div>
        </section>
      ) : null}

      {revisions ? (
        <>
          <h2 id={`${formId}-versions`}>Saved versions</h2>
          <div className="ptk-table-wrap">
            <table className="ptk-table admin-table admin-revisions">
              <caption className="ptk-visually-hidden">
                Saved versions of this item, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Saved by</th>
                  <th scope="col">When</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="ptk-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((revision) => (
                  <tr key={revision.number}>
                    <th scope="row">
                      Revision {revision.number}
                      <RevisionTags revision={revision} latest={latest} />
                    </th>
                    <td data-label="Saved by">{authorLabelWithEmail(revision)}</td>
                    <td data-label="When">
                      <time dateTime={revision.createdAt}>{formatTime(revision.createdAt)}</time>
                    </td>
                    <td data-label="Note">
                      {revision.note ?? <span className="ptk-secondary">None</span>}
                    </td>
                    <td>
                      <div className="admin-revisions__actions">
                        {revision.number > 1 ? (
                          <Link
                            href={`${screenPath}/history?from=${revision.number - 1}&to=${revision.number}`}
                          >
                            Compare with the version before
                            <span className="ptk-visually-hidden">
                              {' '}
                              (revision {revision.number})
                            </span>
                          </Link>
                        ) : null}
                        {can('publisher') && revision.number !== latest && !item?.data.deleted ? (
                          <button
                            type="button"
                            className="ptk-button ptk-button--secondary admin-revisions__restore"
                            onClick={(event) => askToRestore(revision, event.currentTarget)}
                          >
                            Restore this version as a new draft
                            <span className="ptk-visually-hidden">
                              {' '}
                              (revision {revision.number})
                            </span>
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2>Compare two versions</h2>
          {revisions.length < 2 ? (
            <p>There is only one version so far, so there is nothing to compare.</p>
          ) : (
            <form className="admin-filters admin-compare" onSubmit={compare}>
              <RevisionSelect
                id={`${formId}-from`}
                label="From"
                value={chosenFrom}
                revisions={revisions}
                latest={latest}
                onChange={(value) => setPicked((now) => ({ ...now, from: value }))}
              />
              <RevisionSelect
                id={`${formId}-to`}
                label="To"
                value={chosenTo}
                revisions={revisions}
                latest={latest}
                onChange={(value) => setPicked((now) => ({ ...now, to: value }))}
              />
              <div className="ptk-form-group">
                <button type="submit" className="ptk-button admin-compare__button">
                  Show changes
                </button>
              </div>
            </form>
          )}

          {fromEntry && toEntry ? (
            <section className="admin-diff-section" aria-labelledby={`${formId}-diff`}>
              <h2 id={`${formId}-diff`}>
                Changes from revision {fromEntry.number} to revision {toEntry.number}
              </h2>
              <dl className="ptk-summary-list admin-diff-ends">
                <div className="ptk-summary-list__row">
                  <dt>From</dt>
                  <dd>
                    Revision {fromEntry.number}
                    <RevisionTags revision={fromEntry} latest={latest} />, saved by{' '}
                    {authorLabel(fromEntry)} on {formatTime(fromEntry.createdAt)}
                  </dd>
                </div>
                <div className="ptk-summary-list__row">
                  <dt>To</dt>
                  <dd>
                    Revision {toEntry.number}
                    <RevisionTags revision={toEntry} latest={latest} />, saved by{' '}
                    {authorLabel(toEntry)} on {formatTime(toEntry.createdAt)}
                  </dd>
                </div>
              </dl>
              {fromEntry.number === toEntry.number ? (
                <p>Choose two different versions to see what changed between them.</p>
              ) : diffError ? (
                <p className="ptk-error-message" role="alert">
                  {diffError}
                </p>
              ) : diff && diff.from === fromEntry.number && diff.to === toEntry.number ? (
                <DiffView schema={type.schema} changes={diff.changes} heading="h3" />
              ) : (
                <p role="status">Loading the changes…</p>
              )}
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** One end of the comparison: every revision, newest first, as a labelled choice. */
function RevisionSelect({
  id,
  label,
  value,
  revisions,
  latest,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  revisions: RevisionEntry[];
  latest: number;
  onChange: (value: string) => void;
}) {
  return (
    <div className="ptk-form-group">
      <label className="ptk-label" htmlFor={id}>
        {label}
      </label>
      <select
        className="ptk-select"
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {revisions.map((revision) => (
          <option key={revision.number} value={revision.number}>
            {revisionLabel(revision, latest)}
          </option>
        ))}
      </select>
    </div>
  );
}
