import { Link } from 'wouter';
import { useDocumentTitle } from './form-fields.js';

/** What a signed-in user sees at an address their role may not use. */
export function NoPermission({ what }: { what: string }) {
  useDocumentTitle('You do not have permission');
  return (
    <>
      <h1>You do not have permission to see this page</h1>
      <p>Only admins can {what}.</p>
      <p>If you need to, ask an admin to do it for you or to change your role.</p>
      <p>
        <Link href="/">Go to the content</Link>
      </p>
    </>
  );
}
