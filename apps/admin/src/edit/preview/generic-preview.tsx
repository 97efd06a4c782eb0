import type { EvidenceReference } from '@peer-toolkit/core';
import { EvidenceList, Markdown } from '@peer-toolkit/ui';
import type { ReactNode } from 'react';
import type { FieldSpec, ObjectSpec } from '../../forms/index.js';
import { useReferenceOptions } from '../../forms/reference-options.js';

function labelOf(spec: FieldSpec, value: string): string {
  if (spec.kind === 'enum' || spec.kind === 'enum-list')
    return spec.options.find((option) => option.value === value)?.label ?? value;
  return value;
}

function ReferenceTitle({ collection, id }: { collection: string; id: string }) {
  const options = useReferenceOptions(collection);
  const title =
    options.state === 'ready'
      ? options.options.find((option) => option.id === id)?.title
      : undefined;
  return <>{title ?? id}</>;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** One value, shown as plainly as the schema allows. */
function PreviewValue({ spec, value }: { spec: FieldSpec; value: unknown }): ReactNode {
  switch (spec.kind) {
    case 'markdown':
      return <Markdown source={String(value ?? '')} />;
    case 'text':
    case 'number':
      return <p>{String(value ?? '')}</p>;
    case 'boolean':
      return <p>{value === true ? 'Yes' : 'No'}</p>;
    case 'enum':
      return <p>{labelOf(spec, String(value ?? ''))}</p>;
    case 'reference':
      return (
        <p>
          <ReferenceTitle collection={spec.collection} id={String(value ?? '')} />
        </p>
      );
    case 'enum-list':
    case 'reference-list':
      return (
        <ul className="ptk-list">
          {(value as string[]).map((entry) => (
            <li key={entry}>
              {spec.kind === 'reference-list' ? (
                <ReferenceTitle collection={spec.collection} id={entry} />
              ) : (
                labelOf(spec, entry)
              )}
            </li>
          ))}
        </ul>
      );
    case 'list':
      if (spec.evidence) return <EvidenceList evidence={value as EvidenceReference[]} />;
      return (
        <ol className="ptk-list">
          {(value as unknown[]).map((entry, index) => (
            // A read-only rendering: entries have no identity of their own to key by.
            <li key={index}>
              <PreviewValue spec={spec.item} value={entry} />
            </li>
          ))}
        </ol>
      );
    case 'object':
      return <PreviewFields spec={spec} value={value} level={3} />;
    case 'json':
      return <pre>{JSON.stringify(value, null, 2)}</pre>;
  }
}

function PreviewFields({
  spec,
  value,
  level,
  skip = [],
}: {
  spec: ObjectSpec;
  value: unknown;
  level: 2 | 3;
  skip?: readonly string[];
}) {
  const record = (value ?? {}) as Record<string, unknown>;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {spec.fields
        .filter((field) => !skip.includes(field.key) && !isEmpty(record[field.key]))
        .filter((field) => !(field.kind === 'text' && field.identifier))
        .map((field) => (
          <section key={field.key} aria-label={field.title}>
            <Heading>{field.title}</Heading>
            <PreviewValue spec={field} value={record[field.key]} />
          </section>
        ))}
    </>
  );
}

/**
 * For content the site shows without a view of its own (questions, change-model entries): the
 * item's title and then each field under its name, in the site's typography.
 */
export function GenericPreview({
  spec,
  value,
  titleField,
  hidden = [],
}: {
  spec: ObjectSpec;
  value: Record<string, unknown>;
  titleField: string;
  /** Fields readers never see as such, like the display order. */
  hidden?: readonly string[];
}) {
  return (
    <article className="admin-generic-preview">
      <h1>{String(value[titleField] ?? '')}</h1>
      <PreviewFields spec={spec} value={value} level={2} skip={[titleField, ...hidden]} />
    </article>
  );
}
