import {
  type AuditEntry,
  AuditPageSchema,
  type ContentTypeKey,
  contentTypeKeys,
  contentTypes,
  UserListSchema,
} from '@peer-toolkit/core';
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { z } from 'zod';
import { call } from '../api/client.js';
import {
  type FieldErrors,
  FormErrorSummary,
  isSessionEnded,
  ProblemAlert,
  problemMessage,
  TextField,
  useDocumentTitle,
  useSessionStamp,
} from '../pages/form-fields.js';
import { NoPermission } from '../pages/no-permission.js';
import { Pagination } from '../pages/pagination.js';
import { StackCell } from '../pages/stack-cell.js';
import { useSession } from '../session/session-context.js';
import { actionGroups, auditActionLabels } from './audit-actions.js';
import { formatAuditTime, summariseDetails } from './audit-format.js';
import {
  type AuditFilters,
  apiQueryFromFilters,
  checkFilters,
  emptyFilters,
  filtersFromSearch,
  otherTargetTypes,
  pageFromSearch,
  searchFromFilters,
} from './audit-query.js';

type AuditPage = z.output<typeof AuditPageSchema>;

export const AUDIT_PAGE_SIZE = 50;

export function AuditLogPage() {
  const { can } = useSession();
  if (!can('admin')) return <NoPermission what="read the audit log" />;
  return <AuditLog />;
}

const isContentType = (value: string | null): value is ContentTypeKey =>
  value !== null && (contentTypeKeys as readonly string[]).includes(value);

/** Who did what, when and from where, newest first; the filters live in the address. */
function AuditLog() {
  useDocumentTitle('Audit log');
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const applied = useMemo(() => filtersFromSearch(new URLSearchParams(search)), [search]);
  const page = pageFromSearch(params);
  const [form, setForm] = useState<AuditFilters>(applied);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<AuditPage | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [emails, setEmails] = useState<Map<string, string>>(new Map());
  const stamp = useSessionStamp();

  // Back and Forward change the address: the form follows it.
  useEffect(() => {
    setForm(applied);
    setErrors(checkFilters(applied));
  }, [applied]);

  useEffect(() => {
    if (!stamp) return;
    if (Object.keys(checkFilters(applied)).length > 0) {
      setResult(undefined);
      return;
    }
    const controller = new AbortController();
    setResult(undefined);
    call('GET', `/admin/audit?${apiQueryFromFilters(applied, page, AUDIT_PAGE_SIZE)}`, {
      schema: AuditPageSchema,
      signal: controller.signal,
    })
      .then(({ data }) => {
        setResult(data);
        setLoadError(undefined);
      })
      .catch((problem: unknown) => {
        if (!controller.signal.aborted && !isSessionEnded(problem))
          setLoadError(problemMessage(problem, 'The audit log could not be loaded.'));
      });
    return () => controller.abort();
  }, [applied, page, stamp]);

  // Names for user targets and suggestions for the email filter; the log works without them.
  useEffect(() => {
    if (!stamp) return;
    call('GET', '/admin/users?pageSize=100', { schema: UserListSchema })
      .then(({ data }) => setEmails(new Map(data.items.map((user) => [user.id, user.email]))))
      .catch(() => undefined);
  }, [stamp]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = checkFilters(form);
    setErrors(found);
    if (Object.keys(found).length === 0) setParams(searchFromFilters(form));
  };

  const clear = () => {
    setForm(emptyFilters);
    setErrors({});
    setParams(new URLSearchParams());
  };

  const goTo = (next: number) => setParams(searchFromFilters(applied, next));
  const set = (field: keyof AuditFilters) => (value: string) =>
    setForm({ ...form, [field]: value });
  const filtered = searchFromFilters(applied).toString() !== '';
  const first = result ? (result.page - 1) * result.pageSize + 1 : 0;
  const last = result ? first + result.items.length - 1 : 0;

  return (
    <>
      <h1>Audit log</h1>
      <p className="ptk-lead">
        Who did what, when and from where: sign-ins, content changes and changes to users. Newest
        first. Times are recorded in UTC.
      </p>

      <search aria-label="Filter the audit log">
        <FormErrorSummary errors={errors} idFor={fieldId} attempt={attempt} />
        <p className="ptk-secondary" id={`${id}-filters-hint`}>
          Use any of the filters. The email address must be whole; the item id is the one shown
          under each title in the content lists. Days run from midnight to midnight UTC.
        </p>
        <form
          className="admin-audit-filters"
          onSubmit={apply}
          noValidate
          aria-describedby={`${id}-filters-hint`}
        >
          <TextField
            id={fieldId('user')}
            name="user"
            label="User’s email address"
            error={errors.user}
            type="email"
            spellCheck={false}
            autoComplete="off"
            list={`${id}-emails`}
            value={form.user}
            onChange={(event) => set('user')(event.target.value)}
          />
          <datalist id={`${id}-emails`}>
            {[...new Set(emails.values())].sort().map((email) => (
              <option key={email} value={email} />
            ))}
          </datalist>
          <SelectField
            id={fieldId('action')}
            label="Action"
            error={errors.action}
            value={form.action}
            onChange={set('action')}
          >
            <option value="">Any action</option>
            {actionGroups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <SelectField
            id={fieldId('type')}
            label="Type of item"
            error={errors.type}
            value={form.type}
            onChange={set('type')}
          >
            <option value="">Any type</option>
            <optgroup label="Content">
              {contentTypeKeys.map((key) => (
                <option key={key} value={key}>
                  {contentTypes[key].label.plural}
                </option>
              ))}
            </optgroup>
            <optgroup label="Accounts">
              {otherTargetTypes.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <TextField
            id={fieldId('item')}
            name="item"
            label="Item id"
            error={errors.item}
            spellCheck={false}
            autoComplete="off"
            value={form.item}
            onChange={(event) => set('item')(event.target.value)}
          />
          <TextField
            id={fieldId('from')}
            name="from"
            label="From (UTC day)"
            error={errors.from}
            type="date"
            className="ptk-input admin-input--date"
            value={form.from}
            onChange={(event) => set('from')(event.target.value)}
          />
          <TextField
            id={fieldId('to')}
            name="to"
            label="To (UTC day, included)"
            error={errors.to}
            type="date"
            className="ptk-input admin-input--date"
            value={form.to}
            onChange={(event) => set('to')(event.target.value)}
          />
          <div className="ptk-button-group admin-audit-filters__actions">
            <button type="submit" className="ptk-button">
              Apply filters
            </button>
            {filtered ? (
              <button type="button" className="ptk-button ptk-button--secondary" onClick={clear}>
                Clear filters
              </button>
            ) : null}
          </div>
        </form>
      </search>

      <ProblemAlert message={loadError} />
      <p role="status" className="admin-count">
        {result
          ? result.total === 0
            ? filtered
              ? 'No entries match these filters.'
              : 'The audit log is empty.'
            : `Showing ${first} to ${last} of ${result.total} ${result.total === 1 ? 'entry' : 'entries'}${filtered ? ' matching the filters' : ''}`
          : loadError || Object.keys(errors).length
            ? ''
            : 'Loading…'}
      </p>

      {result && result.items.length > 0 ? (
        <section
          className="ptk-table-wrap"
          aria-labelledby={`${id}-caption`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          tabIndex={0}
        >
          <table className="ptk-table admin-table admin-audit-table admin-stack-table">
            <caption id={`${id}-caption`} className="ptk-visually-hidden">
              Audit log entries, page {result.page}
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">About</th>
                <th scope="col">Details</th>
                <th scope="col">From where</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} emails={emails} />
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {result ? (
        <Pagination
          page={page}
          totalPages={result.totalPages}
          label="Pages of the audit log"
          onGo={goTo}
          previous="Newer entries"
          next="Older entries"
        />
      ) : null}
    </>
  );
}

function SelectField({
  id,
  label,
  error,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className={`ptk-form-group${error ? ' ptk-form-group--error' : ''}`}>
      <label className="ptk-label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="ptk-error-message" id={`${id}-error`}>
          <span className="ptk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <select
        className="ptk-select"
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}

function AuditRow({ entry, emails }: { entry: AuditEntry; emails: Map<string, string> }) {
  const time = formatAuditTime(entry.at);
  const details = summariseDetails(entry);
  return (
    <tr>
      <StackCell label="When">
        <time dateTime={entry.at}>{time.utc}</time>
        {time.local ? (
          <>
            <br />
            <span className="ptk-secondary">{time.local}</span>
          </>
        ) : null}
      </StackCell>
      <StackCell label="Who" className="admin-break">
        {entry.actorId ? (
          <Link href={`/users/${encodeURIComponent(entry.actorId)}`}>
            {entry.actorEmail ?? emails.get(entry.actorId) ?? entry.actorId}
          </Link>
        ) : entry.actorEmail ? (
          <>
            {entry.actorEmail}
            <br />
            <span className="ptk-secondary">No account</span>
          </>
        ) : (
          'Unknown'
        )}
      </StackCell>
      <StackCell label="Action">{auditActionLabels[entry.action]}</StackCell>
      <StackCell label="About" className="admin-break">
        <AuditTarget entry={entry} emails={emails} />
      </StackCell>
      <StackCell label="Details">
        {details.length ? (
          <ul className="admin-details-list">
            {details.map((phrase) => (
              <li key={phrase}>{phrase}</li>
            ))}
          </ul>
        ) : (
          <span className="ptk-secondary">None</span>
        )}
      </StackCell>
      <StackCell label="From where" className="admin-break">
        {entry.ip ?? 'Not recorded'}
      </StackCell>
    </tr>
  );
}

/** What the entry was about, linked where there is a screen for it. */
export function AuditTarget({
  entry,
  emails,
}: {
  entry: Pick<AuditEntry, 'targetType' | 'targetId'>;
  emails: Map<string, string>;
}) {
  const { targetType, targetId } = entry;
  if (isContentType(targetType)) {
    const type = contentTypes[targetType];
    return (
      <>
        <span className="ptk-secondary">{type.label.singular}</span>
        <br />
        {targetId ? (
          <Link href={`/content/${type.path}/${encodeURIComponent(targetId)}`}>{targetId}</Link>
        ) : (
          'All items'
        )}
      </>
    );
  }
  if (targetType === 'content') return <>All content</>;
  if (targetType === 'settings') return <Link href="/users/security">Security settings</Link>;
  if (targetType === 'user' && targetId) {
    return (
      <>
        <span className="ptk-secondary">User</span>
        <br />
        <Link href={`/users/${encodeURIComponent(targetId)}`}>
          {emails.get(targetId) ?? targetId}
        </Link>
      </>
    );
  }
  if (!targetType) return <span className="ptk-secondary">Nothing</span>;
  return <>{[targetType, targetId].filter(Boolean).join(' ')}</>;
}
