import {
  AdminListSchema,
  type ItemStatus,
  ItemStatusSchema,
  itemStatusLabels,
} from '@peer-toolkit/core';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { z } from 'zod';
import { ApiProblem, call } from '../api/client.js';
import { authorLabel } from '../history/author-label.js';
import { useSession } from '../session/session-context.js';
import { editableTypes } from './content-types.js';
import { formatTime } from './format-time.js';
import { Pagination } from './pagination.js';
import { StatusTag } from './status-tag.js';

type AdminList = z.output<typeof AdminListSchema>;

const PAGE_SIZE = 50;
const sortOptions = [
  ['-updated', 'Recently changed first'],
  ['updated', 'Oldest change first'],
  ['title', 'Title A to Z'],
  ['-title', 'Title Z to A'],
  ['status', 'Status'],
] as const;

/**
 * The items of one content type with their status, last editor and time. Filtering, sorting and
 * paging happen on the server, so the screen stays quick with thousands of items; the filters
 * live in the address, so a view can be bookmarked and Back works.
 */
export function ContentListPage({ typePath }: { typePath: string }) {
  const type = editableTypes.find((candidate) => candidate.path === typePath);
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [list, setList] = useState<AdminList | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const id = useId();
  const status = params.get('status') ?? '';
  const sort = params.get('sort') ?? '-updated';
  const page = Number(params.get('page') ?? '1') || 1;

  // Typing waits a moment before asking the server, so each keystroke does not start a request.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((params.get('q') ?? '') === query) return;
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (query) next.set('q', query);
        else next.delete('q');
        next.delete('page');
        return next;
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [query, params, setParams]);

  useEffect(() => {
    if (!type) return;
    const controller = new AbortController();
    const search = new URLSearchParams({ pageSize: String(PAGE_SIZE), page: String(page), sort });
    if (params.get('q')) search.set('q', params.get('q') ?? '');
    if (status) search.set('status', status);
    call('GET', `/admin/content/${type.path}?${search}`, {
      schema: AdminListSchema,
      signal: controller.signal,
    })
      .then(({ data }) => {
        setList(data);
        setError(undefined);
      })
      .catch((problem: unknown) => {
        if (controller.signal.aborted) return;
        setError(
          problem instanceof ApiProblem ? problem.problem.detail : 'The list could not be loaded.',
        );
      });
    return () => controller.abort();
  }, [type, page, sort, status, params]);

  if (!type) return <h1>There is no such content type</h1>;

  const setParam = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'page') next.delete('page');
      return next;
    });

  return (
    <>
      <h1>{type.label.plural}</h1>
      <p className="ptk-secondary">{type.description}</p>
      {can('editor') ? (
        <p>
          <Link href={`/content/${type.path}/new`} className="ptk-button">
            Add a {type.label.singular.toLowerCase()}
          </Link>
        </p>
      ) : null}
      <search aria-label={`Find ${type.label.plural.toLowerCase()}`}>
        <form className="admin-filters" onSubmit={(event) => event.preventDefault()}>
          <div className="ptk-form-group">
            <label className="ptk-label" htmlFor={`${id}-q`}>
              Search by title or id
            </label>
            <input
              className="ptk-input"
              id={`${id}-q`}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <div className="ptk-form-group">
            <label className="ptk-label" htmlFor={`${id}-status`}>
              Status
            </label>
            <select
              className="ptk-select"
              id={`${id}-status`}
              value={status}
              onChange={(event) => setParam('status', event.target.value)}
            >
              <option value="">Any status</option>
              {ItemStatusSchema.options.map((option: ItemStatus) => (
                <option key={option} value={option}>
                  {itemStatusLabels[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="ptk-form-group">
            <label className="ptk-label" htmlFor={`${id}-sort`}>
              Sort by
            </label>
            <select
              className="ptk-select"
              id={`${id}-sort`}
              value={sort}
              onChange={(event) => setParam('sort', event.target.value)}
            >
              {sortOptions.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </form>
      </search>

      {error ? (
        <div className="ptk-error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{error}</p>
        </div>
      ) : null}

      <p role="status" className="admin-count">
        {list
          ? `${list.total} ${list.total === 1 ? type.label.singular.toLowerCase() : type.label.plural.toLowerCase()}`
          : 'Loading…'}
      </p>

      {list && list.items.length > 0 ? (
        <div className="ptk-table-wrap">
          <table className="ptk-table admin-table">
            <caption className="ptk-visually-hidden">{type.label.plural}</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Last changed by</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link href={`/content/${type.path}/${encodeURIComponent(item.id)}`}>
                      {item.title}
                    </Link>
                    <br />
                    <span className="ptk-secondary admin-id">{item.id}</span>
                  </td>
                  <td>
                    <StatusTag status={item.status} deleted={item.deleted} />
                  </td>
                  <td>{authorLabel(item.current)}</td>
                  <td>
                    <time dateTime={item.updatedAt}>{formatTime(item.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {list ? (
        <Pagination
          page={page}
          totalPages={list.totalPages}
          label="Pages"
          onGo={(to) => setParam('page', String(to))}
        />
      ) : null}
    </>
  );
}
