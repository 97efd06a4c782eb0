import { currentTotp } from '../auth/totp.js';
import type { TestApp } from './test-app.js';

/** The length of a TOTP time step (RFC 6238's default, as the API uses). */
export const TOTP_STEP_MS = 30_000;

/**
 * Moves the app's clock into the middle of a time step at least two steps past any used so far,
 * so a code made now, or one step earlier, has not been used, and stays valid however slow the
 * test runs.
 */
export function moveToFreshTotpStep(testApp: Pick<TestApp, 'now' | 'advance'>): void {
  testApp.advance(
    3 * TOTP_STEP_MS + ((TOTP_STEP_MS * 1.5 - (testApp.now() % TOTP_STEP_MS)) % TOTP_STEP_MS),
  );
}

/** The code an authenticator shows at the app's time, or `steps` time steps from it. */
export function totpCodeAt(testApp: Pick<TestApp, 'now'>, secret: string, steps = 0): string {
  return currentTotp(secret, testApp.now() + steps * TOTP_STEP_MS);
}
