import type { FieldChange } from '@peer-toolkit/core';
import { Tag } from '@peer-toolkit/ui';
import { type ReactNode, useMemo } from 'react';
import type { z } from 'zod';
import { fieldPathLabel, schemaAtPath } from './schema-paths.js';
import { ValueView } from './value-view.js';
import { diffText, keptShare, WordDiffKey, WordDiffParts } from './word-diff.js';

const kindWords = {
  added: { label: 'Added', tone: 'green' },
  removed: { label: 'Removed', tone: 'red' },
  changed: { label: 'Changed', tone: 'blue' },
} as const;

/** Below this share of unchanged text, two whole versions read better than a mesh of marks. */
const REWRITTEN_BELOW = 0.25;

type Heading = 'h2' | 'h3' | 'h4';

/** A labelled version of a value: "Before" or "After", in words, not only in colour. */
export function VersionBlock({
  label,
  tone,
  children,
}: {
  label: string;
  tone: 'before' | 'after' | 'mine' | 'theirs';
  children: ReactNode;
}) {
  return (
    <div className={`admin-version admin-version--${tone}`}>
      <p className="admin-version__label">{label}</p>
      <div className="admin-version__value">{children}</div>
    </div>
  );
}

function ChangeBody({ change, schema }: { change: FieldChange; schema: z.ZodType | undefined }) {
  const { before, after } = change;
  const parts = useMemo(
    () =>
      change.kind === 'changed' && typeof before === 'string' && typeof after === 'string'
        ? diffText(before, after)
        : undefined,
    [change.kind, before, after],
  );
  if (change.kind === 'added')
    return (
      <VersionBlock label="Added" tone="after">
        <ValueView value={after} schema={schema} />
      </VersionBlock>
    );
  if (change.kind === 'removed')
    return (
      <VersionBlock label="Removed" tone="before">
        <ValueView value={before} schema={schema} />
      </VersionBlock>
    );
  if (parts && keptShare(parts) >= REWRITTEN_BELOW)
    return (
      <div className="admin-change__text">
        <WordDiffParts parts={parts} />
      </div>
    );
  return (
    <div className="admin-versions">
      <VersionBlock label="Before" tone="before">
        <ValueView value={before} schema={schema} />
      </VersionBlock>
      <VersionBlock label="After" tone="after">
        <ValueView value={after} schema={schema} />
      </VersionBlock>
    </div>
  );
}

/**
 * The changes between two versions of an item, one per field, named with the titles editors
 * see on the form ("What the research found › 2 › Text"), each marked Added, Removed or Changed
 * in words. Changed text is shown word by word.
 */
export function DiffView({
  schema,
  changes,
  heading: HeadingTag = 'h3',
}: {
  schema: z.ZodType;
  changes: readonly FieldChange[];
  /** The heading level of each field, one below the section the view sits in. */
  heading?: Heading;
}) {
  if (changes.length === 0)
    return <p className="admin-diff__none">These two versions have the same content.</p>;
  const hasWordMarks = changes.some(
    (change) => change.kind === 'changed' && typeof change.before === 'string',
  );
  return (
    <div className="admin-diff">
      <p className="admin-diff__count">
        {changes.length === 1 ? '1 change' : `${changes.length} changes`}
      </p>
      {hasWordMarks ? <WordDiffKey /> : null}
      <ol className="admin-diff__list">
        {changes.map((change) => {
          const fieldSchema = schemaAtPath(schema, change.path);
          const kind = kindWords[change.kind];
          return (
            <li key={`${change.kind}:${JSON.stringify(change.path)}`} className="admin-change">
              <HeadingTag className="admin-change__field">
                {fieldPathLabel(schema, change.path)}
                <span className="ptk-visually-hidden">: </span>
                <Tag tone={kind.tone}>{kind.label}</Tag>
              </HeadingTag>
              <ChangeBody change={change} schema={fieldSchema} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
