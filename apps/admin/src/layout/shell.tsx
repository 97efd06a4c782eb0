import { roleLabels } from '@peer-toolkit/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/session-context.js';
import { endSessionOnServer } from '../session/sign-out.js';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const current = location === href || (href !== '/' && location.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Header, navigation by role, and the main landmark around every signed-in screen. */
export function Shell({ children }: { children: ReactNode }) {
  const { session, can, setSession } = useSession();
  const signOut = async () => {
    await endSessionOnServer();
    setSession(null);
  };
  return (
    <>
      <a href="#main-content" className="ptk-skip-link">
        Skip to main content
      </a>
      <header className="ptk-header">
        <div className="ptk-width ptk-header__inner admin-header">
          <Link href="/" className="ptk-header__name">
            Toolkit admin
          </Link>
          <nav className="ptk-nav" aria-label="Admin">
            <ul>
              <li>
                <NavLink href="/content">Content</NavLink>
              </li>
              {can('admin') ? (
                <>
                  <li>
                    <NavLink href="/users">Users</NavLink>
                  </li>
                  <li>
                    <NavLink href="/audit">Audit log</NavLink>
                  </li>
                </>
              ) : null}
              <li>
                <NavLink href="/account">Your account</NavLink>
              </li>
            </ul>
          </nav>
          {session?.user ? (
            <p className="admin-who">
              {session.user.displayName}{' '}
              <span className="ptk-tag">{roleLabels[session.user.role]}</span>{' '}
              <button type="button" className="admin-link-button" onClick={() => void signOut()}>
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
