import type { ReactNode } from 'react';

export interface Crumb {
  href: string;
  label: string;
}

/** Where the page sits; the current page is not repeated. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav className="ptk-breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Links to the sections of a long page. */
export function ContentsList({
  items,
  title = 'Contents',
}: {
  items: readonly { id: string; label: string }[];
  title?: string;
}) {
  return (
    <nav className="ptk-contents" aria-labelledby="ptk-contents-title">
      <h2 id="ptk-contents-title" className="ptk-contents__title">
        {title}
      </h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A callout for something the reader should not miss. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="ptk-inset">{children}</div>;
}

/** A short label, such as a status; its words carry the meaning. */
export function Tag({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'blue' | 'green' | 'purple' | 'orange' | 'red';
}) {
  return <strong className={`ptk-tag ptk-tag--${tone}`}>{children}</strong>;
}

/** Term and value pairs, such as a role's key facts. */
export function SummaryList({ rows }: { rows: readonly { key: string; value: ReactNode }[] }) {
  return (
    <dl className="ptk-summary-list">
      {rows.map((row) => (
        <div className="ptk-summary-list__row" key={row.key}>
          <dt>{row.key}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface ErrorItem {
  /** The id of the field to move to. */
  href: string;
  message: string;
}

/** The "There is a problem" box at the top of a form, linking to each field in error. */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: readonly ErrorItem[];
  title?: string;
}) {
  if (errors.length === 0) return null;
  return (
    <div
      className="ptk-error-summary"
      role="alert"
      aria-labelledby="ptk-error-summary-title"
      tabIndex={-1}
    >
      <h2 id="ptk-error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.href}>
            <a href={error.href}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
