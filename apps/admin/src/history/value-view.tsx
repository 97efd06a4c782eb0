import type { z } from 'zod';
import { childSchema, describeField, objectFields } from './schema-paths.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function Empty({ children = 'Not filled in' }: { children?: string }) {
  return <span className="admin-value__empty">({children})</span>;
}

/**
 * Any stored value in words: text as written, lists numbered, groups as their field titles and
 * values. Used wherever a whole list or group has to be shown, so nobody reads raw JSON.
 */
export function ValueView({ value, schema }: { value: unknown; schema?: z.ZodType | undefined }) {
  if (value === undefined || value === null || value === '') return <Empty />;
  if (typeof value === 'string') return <span className="admin-value__text">{value}</span>;
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  if (typeof value === 'number') return <>{String(value)}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <Empty>None</Empty>;
    return (
      <ol className="admin-value__list">
        {value.map((entry, index) => (
          // Entries have no identity of their own; their position is what a change refers to.
          <li key={index}>
            <ValueView value={entry} schema={schema ? childSchema(schema, index) : undefined} />
          </li>
        ))}
      </ol>
    );
  }
  if (isRecord(value)) {
    const known = schema ? objectFields(schema) : [];
    const knownKeys = new Set(known.map(([key]) => key));
    const rows: [string, string, z.ZodType | undefined][] = [
      ...known
        .filter(([key]) => value[key] !== undefined)
        .map(([key, child]): [string, string, z.ZodType] => {
          const title = describeField(child).meta.title;
          return [key, typeof title === 'string' ? title : key, child];
        }),
      ...Object.keys(value)
        .filter((key) => !knownKeys.has(key) && value[key] !== undefined)
        .map((key): [string, string, undefined] => [key, key, undefined]),
    ];
    if (rows.length === 0) return <Empty />;
    return (
      <dl className="admin-value__group">
        {rows.map(([key, title, child]) => (
          <div key={key}>
            <dt>{title}</dt>
            <dd>
              <ValueView value={value[key]} schema={child} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}
