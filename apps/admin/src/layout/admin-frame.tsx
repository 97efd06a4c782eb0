import type { ReactNode } from 'react';

/**
 * What every admin screen stands in: the skip link, the header (the admin's name, any
 * navigation, and who is signed in with "Sign out") and the main landmark.
 */
export function AdminFrame({
  name,
  nav,
  who,
  onSignOut,
  children,
}: {
  name: ReactNode;
  nav?: ReactNode;
  /** Who is signed in; "Sign out" is offered beside it. */
  who?: ReactNode;
  onSignOut?: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <a href="#main-content" className="ptk-skip-link">
        Skip to main content
      </a>
      <header className="ptk-header">
        <div className="ptk-width ptk-header__inner admin-header">
          {name}
          {nav}
          {who && onSignOut ? (
            <p className="admin-who">
              {who}{' '}
              <button type="button" className="admin-link-button" onClick={onSignOut}>
                Sign out
              </button>
            </p>
          ) : null}
        </div>
      </header>
      <div className="ptk-width admin-width">
        <main id="main-content" className="ptk-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
