import { useEffect, useId, useRef } from 'react';
import { CopyButton } from '../pages/copy-button.js';

/**
 * A temporary password, shown once: the API never stores it in clear and will not show it again.
 * It lives only in the screen's memory and goes when it is hidden or the screen is left.
 */
export function TemporaryPassword({
  name,
  email,
  password,
  onHide,
}: {
  name: string;
  email: string;
  password: string;
  onHide: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="admin-temp-password" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Temporary password for {name}
      </h2>
      <div className="admin-warning">
        <span className="admin-warning__icon" aria-hidden="true">
          !
        </span>
        <strong className="admin-warning__text">
          <span className="ptk-visually-hidden">Warning: </span>
          This password will not be shown again. Copy it now, before you leave this page.
        </strong>
      </div>
      <p className="admin-password">
        <span className="ptk-visually-hidden">Temporary password: </span>
        <code>{password}</code>
      </p>
      <CopyButton text={password} label="Copy password" />
      <p>
        Give it to {name} in a safe way, such as by phone or in person, and not in an email that
        also has their address. They sign in with {email} and must choose their own password
        straight away.
      </p>
      <button type="button" className="ptk-button ptk-button--secondary" onClick={onHide}>
        I have copied it – hide the password
      </button>
    </section>
  );
}
