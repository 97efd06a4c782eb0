import type { ReactNode } from 'react';

/**
 * The frame of the screens outside the shell (signing in, a step the account must take first):
 * the skip link, a header naming the admin, and, when someone is signed in, who and "Sign out".
 * No navigation, because nothing else can be reached from these screens.
 */
export function PlainFrame({
  who,
  onSignOut,
  children,
}: {
  who?: string | undefined;
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
          <span className="ptk-header__name">Toolkit admin</span>
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
