import type { ReactNode } from 'react';
import { AdminFrame } from './admin-frame.js';

/**
 * The frame of the screens outside the shell (signing in, a step the account must take first):
 * a header naming the admin and, when someone is signed in, who and "Sign out". No navigation,
 * because nothing else can be reached from these screens.
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
    <AdminFrame
      name={<span className="ptk-header__name">Toolkit admin</span>}
      who={who}
      {...(onSignOut ? { onSignOut } : {})}
    >
      {children}
    </AdminFrame>
  );
}
