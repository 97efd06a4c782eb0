import type { ImportReport } from '@peer-toolkit/core';
import { useEffect, useId, useRef } from 'react';
import { itemName } from './import-problems.js';

/** Most items each list shows; the rest are counted. */
const LISTED = 100;

function ItemList({
  title,
  items,
}: {
  title: string;
  items: { collection: string; id: string; changes?: string[] }[];
}) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="admin-import-list">
        {items.slice(0, LISTED).map((item) => (
          <li key={`${item.collection}/${item.id}`}>
            {itemName(item.collection, item.id)}
            {item.changes?.length ? (
              <span className="ptk-secondary">: {item.changes.join(', ')}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length > LISTED ? <p>And {items.length - LISTED} more.</p> : null}
    </>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a checked import would do, with the choice to go ahead. Takes focus when it appears. */
export function ImportReportView({
  report,
  deleteMissing,
  busy,
  onApply,
  onCancel,
}: {
  report: ImportReport;
  deleteMissing: boolean;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const changes = report.created.length + report.updated.length + report.deleted.length;
  return (
    <section className="admin-import-report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        What the import would do
      </h3>
      {changes === 0 ? (
        <p>
          The file matches the content here: importing it would change nothing
          {report.unchanged > 0 ? ` (${count(report.unchanged, 'item', 'items')} checked)` : ''}.
        </p>
      ) : (
        <>
          <ul className="admin-import-counts">
            <li>{count(report.created.length, 'new item', 'new items')}</li>
            <li>{count(report.updated.length, 'changed item', 'changed items')}</li>
            {deleteMissing ? (
              <li>{count(report.deleted.length, 'item deleted', 'items deleted')}</li>
            ) : null}
            <li>{count(report.unchanged, 'item unchanged', 'items unchanged')}</li>
          </ul>
          <ItemList title="New" items={report.created} />
          <ItemList
            title="Changed (each gets a new version; history is kept)"
            items={report.updated}
          />
          <ItemList title="Deleted (a publisher can restore them)" items={report.deleted} />
        </>
      )}
      <div className="ptk-button-group">
        {changes > 0 ? (
          <button type="button" className="ptk-button" disabled={busy} onClick={onApply}>
            Import these changes
          </button>
        ) : null}
        <button
          type="button"
          className="ptk-button ptk-button--secondary"
          disabled={busy}
          onClick={onCancel}
        >
          {changes > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}
