import type { AdminItem } from '@peer-toolkit/core';
import { ErrorSummary } from '@peer-toolkit/ui';
import { type MouseEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { formatTime } from '../pages/format-time.js';
import { authorLabel } from './author-label.js';
import { VersionBlock } from './diff-view.js';
import {
  type ConflictField,
  type FieldChoice,
  findConflicts,
  handEditStart,
  mergeContent,
} from './merge-content.js';
import { isMarkdownField, schemaAtPath } from './schema-paths.js';
import { ValueView } from './value-view.js';
import { WordDiff } from './word-diff.js';

export interface ConflictResolverProps {
  schema: z.ZodObject;
  /** What the user had on screen when their save was refused. */
  mine: Record<string, unknown>;
  /** The item as it is now, from the 412 answer or a fresh GET. */
  theirs: AdminItem;
  /** Called with the merged content, built on theirs: save it with `theirs.etag`. */
  onResolve(merged: Record<string, unknown>): void;
  onCancel(): void;
}

function NotThere({ side }: { side: 'yours' | 'theirs' }) {
  return (
    <span className="admin-value__empty">
      (Not in {side === 'yours' ? 'your version' : 'their version'})
    </span>
  );
}

function FieldResolver({
  field,
  id,
  schema,
  author,
  choice,
  edit,
  error,
  onChoose,
  onEdit,
}: {
  field: ConflictField;
  id: string;
  schema: z.ZodType;
  author: string;
  choice: FieldChoice | undefined;
  edit: string;
  error: string | undefined;
  onChoose(choice: FieldChoice): void;
  onEdit(text: string): void;
}) {
  const fieldSchema = schemaAtPath(schema, field.path);
  const bothText = typeof field.mine === 'string' && typeof field.theirs === 'string';
  const options: [FieldChoice, string][] = [
    ['mine', 'Keep mine'],
    ['theirs', 'Take theirs'],
    ...(field.isText ? ([['edited', 'Edit by hand']] as [FieldChoice, string][]) : []),
  ];
  const rows = Math.min(16, Math.max(3, Math.ceil(edit.length / 70) + edit.split('\n').length));
  return (
    <div className={`admin-conflict__field${error ? ' ptk-form-group--error' : ''}`}>
      <fieldset className="ptk-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="ptk-fieldset__legend">
          <h3 className="admin-conflict__field-title">{field.label}</h3>
        </legend>
        <div className="admin-versions">
          <VersionBlock label="Your version" tone="mine">
            {field.hasMine ? (
              <ValueView value={field.mine} schema={fieldSchema} />
            ) : (
              <NotThere side="yours" />
            )}
          </VersionBlock>
          <VersionBlock label={`Their version, saved by ${author}`} tone="theirs">
            {field.hasTheirs ? (
              <ValueView value={field.theirs} schema={fieldSchema} />
            ) : (
              <NotThere side="theirs" />
            )}
          </VersionBlock>
        </div>
        {bothText ? (
          <details className="ptk-details admin-conflict__words">
            <summary>Compare word by word</summary>
            <p className="ptk-hint">
              Marked as changes from their version to yours: <del>struck through</del> is only in
              theirs, <ins>underlined</ins> is only in yours.
            </p>
            <div className="admin-change__text">
              <WordDiff before={field.theirs as string} after={field.mine as string} />
            </div>
          </details>
        ) : null}
        {error ? (
          <p className="ptk-error-message" id={`${id}-error`}>
            <span className="ptk-visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="ptk-radios ptk-radios--inline admin-conflict__choices">
          {options.map(([value, label]) => (
            <div className="ptk-choice" key={value}>
              <input
                type="radio"
                id={`${id}-${value}`}
                name={id}
                value={value}
                checked={choice === value}
                onChange={() => onChoose(value)}
              />
              <label htmlFor={`${id}-${value}`}>{label}</label>
            </div>
          ))}
        </div>
        {choice === 'edited' ? (
          <div className="ptk-form-group admin-conflict__edit">
            <label className="ptk-label" htmlFor={`${id}-text`}>
              Merged text for {field.label}
            </label>
            <p className="ptk-hint" id={`${id}-text-hint`}>
              It starts as your version. Copy in what you need from theirs.
              {isMarkdownField(fieldSchema) ? ' You can use Markdown, as in the editor.' : ''}
            </p>
            <textarea
              className="ptk-textarea admin-conflict__textarea"
              id={`${id}-text`}
              aria-describedby={`${id}-text-hint`}
              rows={rows}
              value={edit}
              onChange={(event) => onEdit(event.target.value)}
            />
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}

/**
 * Shown when a save is refused because someone else saved first (412). Every field where the
 * two versions differ is shown side by side; the user keeps theirs, takes the other, or merges
 * text by hand. Their own version stays on screen until they have chosen, so nothing is lost.
 */
export function ConflictResolver({
  schema,
  mine,
  theirs,
  onResolve,
  onCancel,
}: ConflictResolverProps) {
  const baseId = useId();
  const fields = useMemo(
    () => findConflicts(schema, mine, theirs.content),
    [schema, mine, theirs.content],
  );
  const [choices, setChoices] = useState<Record<string, FieldChoice | undefined>>({});
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const author = authorLabel(theirs.current);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.querySelector<HTMLElement>('.ptk-error-summary')?.focus();
  }, [attempts]);

  const fieldId = (index: number) => `${baseId}-field-${index}`;
  const unchosen = fields.filter((field) => choices[field.key] === undefined);
  const errors = showErrors
    ? fields.flatMap((field, index) =>
        choices[field.key] === undefined
          ? [
              {
                href: `#${fieldId(index)}-mine`,
                message: `Choose which version of ${field.label} to keep`,
              },
            ]
          : [],
      )
    : [];

  const choose = (field: ConflictField, choice: FieldChoice) => {
    setChoices((current) => ({ ...current, [field.key]: choice }));
    if (choice === 'edited' && edits[field.key] === undefined)
      setEdits((current) => ({ ...current, [field.key]: handEditStart(field) }));
  };

  const chooseAll = (choice: 'mine' | 'theirs') => {
    setChoices(Object.fromEntries(fields.map((field) => [field.key, choice])));
    setAnnouncement(
      choice === 'mine'
        ? `Your version chosen for all ${fields.length} fields.`
        : `Their version chosen for all ${fields.length} fields.`,
    );
  };

  const save = () => {
    if (unchosen.length > 0) {
      setShowErrors(true);
      setAttempts((count) => count + 1);
      return;
    }
    onResolve(mergeContent(theirs.content, fields, choices, edits));
  };

  // The summary's links move focus to the field, not only scroll to it.
  const followSummaryLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    const target = link?.getAttribute('href')?.slice(1);
    const element = target ? document.getElementById(target) : null;
    if (!element) return;
    event.preventDefault();
    element.scrollIntoView({ block: 'center' });
    element.focus();
  };

  return (
    <section className="admin-conflict" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} ref={headingRef} tabIndex={-1}>
        Someone else saved a newer version
      </h2>
      <div className="ptk-inset">
        <p>
          <strong>{author}</strong> saved a newer version (revision {theirs.current.number}) on{' '}
          <time dateTime={theirs.current.createdAt}>{formatTime(theirs.current.createdAt)}</time>,
          while you were editing.
        </p>
        <p>
          Your changes have not been saved yet, and nothing you typed is lost: it is all below,
          under “Your version”.
        </p>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: the links inside handle the keyboard; this only catches their clicks */}
      <div ref={summaryRef} onClick={followSummaryLink}>
        <ErrorSummary errors={errors} />
      </div>
      {fields.length === 0 ? (
        <p>Your version and theirs are the same, so there is nothing to choose.</p>
      ) : (
        <>
          <p>
            {fields.length === 1
              ? 'One field is different.'
              : `${fields.length} fields are different.`}{' '}
            For each, keep your version, take theirs, or merge the text by hand. This includes
            fields they changed and you did not: for those, “Take theirs” keeps their change.
          </p>
          <div className="ptk-button-group">
            <button
              type="button"
              className="ptk-button ptk-button--secondary"
              onClick={() => chooseAll('mine')}
            >
              Keep mine for every field
            </button>
            <button
              type="button"
              className="ptk-button ptk-button--secondary"
              onClick={() => chooseAll('theirs')}
            >
              Take theirs for every field
            </button>
          </div>
          <p role="status" className="ptk-visually-hidden">
            {announcement}
          </p>
          {fields.map((field, index) => (
            <FieldResolver
              key={field.key}
              field={field}
              id={fieldId(index)}
              schema={schema}
              author={author}
              choice={choices[field.key]}
              edit={edits[field.key] ?? handEditStart(field)}
              error={
                showErrors && choices[field.key] === undefined
                  ? `Choose which version of ${field.label} to keep`
                  : undefined
              }
              onChoose={(choice) => choose(field, choice)}
              onEdit={(text) => setEdits((current) => ({ ...current, [field.key]: text }))}
            />
          ))}
          <p className="admin-conflict__progress">
            Chosen for {fields.length - unchosen.length} of {fields.length}{' '}
            {fields.length === 1 ? 'field' : 'fields'}.
          </p>
        </>
      )}
      <div className="ptk-button-group">
        <button type="button" className="ptk-button" onClick={save}>
          Save merged version
        </button>
        <button type="button" className="ptk-button ptk-button--secondary" onClick={onCancel}>
          Cancel and keep editing my version
        </button>
      </div>
    </section>
  );
}
