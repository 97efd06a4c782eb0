import { roleLabels } from '@peer-toolkit/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/session-context.js';
import { endSessionOnServer } from '../session/sign-out.js';
import { AdminFrame } from './admin-frame.js';

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
    <AdminFrame
      name={
        <Link href="/" className="ptk-header__name">
          Toolkit admin
        </Link>
      }
      nav={
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
      }
      who={
        session?.user ? (
          <>
            {session.user.displayName}{' '}
            <span className="ptk-tag">{roleLabels[session.user.role]}</span>
          </>
        ) : undefined
      }
      onSignOut={() => void signOut()}
    >
      {children}
    </AdminFrame>
  );
}
