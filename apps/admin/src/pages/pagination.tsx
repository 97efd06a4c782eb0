/**
 * Previous and next buttons around "Page n of m", shown only when there is more than one page.
 * The words can change where "previous" has a plainer meaning (newer entries, in the audit log).
 */
export function Pagination({
  page,
  totalPages,
  label,
  onGo,
  previous = 'Previous page',
  next = 'Next page',
}: {
  page: number;
  totalPages: number;
  label: string;
  onGo: (page: number) => void;
  previous?: string;
  next?: string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav className="admin-pagination" aria-label={label}>
      {page > 1 ? (
        <button
          type="button"
          className="ptk-button ptk-button--secondary"
          onClick={() => onGo(page - 1)}
        >
          {previous}
        </button>
      ) : null}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <button
          type="button"
          className="ptk-button ptk-button--secondary"
          onClick={() => onGo(page + 1)}
        >
          {next}
        </button>
      ) : null}
    </nav>
  );
}
