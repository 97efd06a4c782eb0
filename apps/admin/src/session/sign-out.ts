import { z } from 'zod';
import { call } from '../api/client.js';

const SignedOutSchema = z.object({ signedOut: z.literal(true) });

/**
 * Ends the session on the server. A failure is ignored: the session is gone or going either
 * way, and the screen must still return to signing in.
 */
export async function endSessionOnServer(): Promise<void> {
  await call('POST', '/admin/auth/sign-out', { schema: SignedOutSchema }).catch(() => undefined);
}
