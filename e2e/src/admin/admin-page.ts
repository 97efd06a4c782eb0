import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';

/**
 * The RFC 6238 code an authenticator app would show for the secret. The API takes each time
 * step once only and accepts the step either side of now, so each call here uses a step not
 * used before for that secret (now, then the next, then the one before).
 */
const usedSteps = new Map<string, Set<number>>();
export function nextTotpCode(secret: string): string {
  const clean = secret.replace(/\s+/g, '');
  const used = usedSteps.get(clean) ?? new Set<number>();
  usedSteps.set(clean, used);
  const now = Math.floor(Date.now() / 30_000);
  const step = [now, now + 1, now - 1].find((candidate) => !used.has(candidate));
  if (step === undefined)
    throw new Error('Three codes used within a minute: wait for the next step');
  used.add(step);
  const totp = new TOTP({
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(clean),
  });
  return totp.generate({ timestamp: step * 30_000 + 1000 });
}

/** Opens an admin address and waits until the screen has its main heading. */
export async function openAdminScreen(page: Page, apiUrl: string, path: string): Promise<void> {
  await page.goto(`${apiUrl}/admin${path}`);
  await page.locator('main h1, dialog[open] h2').first().waitFor();
}

/** Signs in on the sign-in screen (which any admin address shows when signed out). */
export async function signInUi(
  page: Page,
  apiUrl: string,
  user: { email: string; password: string },
  options: { totpSecret?: string; path?: string } = {},
): Promise<void> {
  await page.goto(`${apiUrl}/admin${options.path ?? '/'}`);
  await fillSignIn(page, user, options.totpSecret);
}

/** Fills and sends the sign-in form in the page or in the "session ended" dialog. */
export async function fillSignIn(
  page: Page,
  user: { email: string; password: string },
  totpSecret?: string,
  scope: 'page' | 'dialog' = 'page',
): Promise<void> {
  const root = scope === 'dialog' ? page.locator('dialog[open]') : page.locator('main');
  await root.getByLabel('Email address').fill(user.email);
  await root.getByLabel('Password').fill(user.password);
  await root.getByRole('button', { name: 'Sign in' }).click();
  if (totpSecret) {
    await root.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await root.getByLabel('Code from your authenticator app').fill(nextTotpCode(totpSecret));
    await root.getByRole('button', { name: 'Continue' }).click();
  }
  if (scope === 'page') await page.getByRole('button', { name: 'Sign out' }).waitFor();
  else await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

/** The text of the polite and the assertive message regions of the edit screen. */
export async function readMessage(page: Page): Promise<string> {
  const texts = await page.locator('.admin-message-region').allTextContents();
  return texts.join(' ').trim();
}
