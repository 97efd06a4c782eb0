import { Link } from 'wouter';
import { useSession } from '../session/session-context.js';
import { editableTypes } from './content-types.js';

/** The starting point: every content type, as the registry lists them. */
export function DashboardPage() {
  const { can } = useSession();
  return (
    <>
      <h1>Content</h1>
      <p className="ptk-lead">
        Choose what to work on. Changes are saved as drafts until a publisher publishes them.
      </p>
      <ul className="admin-type-list">
        {editableTypes.map((type) => (
          <li key={type.key}>
            <Link href={`/content/${type.path}`}>{type.label.plural}</Link>
            <span className="ptk-secondary"> – {type.description}</span>
          </li>
        ))}
      </ul>
      {can('admin') ? (
        <>
          <h2>Backups and moving content</h2>
          <p>
            <Link href="/transfer">Export and import</Link>
            <span className="ptk-secondary">
              {' '}
              – download everything with its history, or bring in an export
            </span>
          </p>
        </>
      ) : null}
    </>
  );
}
