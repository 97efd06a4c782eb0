import { describe, expect, it } from 'vitest';
import { useServersAndBrowser } from '../harness/use-servers.js';
import { createUser, signInApi, signInAsAdmin } from './admin-api.js';
import { fillSignIn, nextTotpCode, signInUi } from './admin-page.js';

// Signing in to the admin in Chromium against the real API: the password, a refused attempt,
// turning on two-step verification from the set-up screen's key, and signing in with a code.

const run = useServersAndBrowser();

describe('signing in', () => {
  it('refuses a wrong password with an error summary, then signs in', async () => {
    const admin = await signInAsAdmin(run.servers.apiUrl);
    const user = await createUser(admin, { role: 'editor', name: 'Wren Wrongpass' });
    const page = await run.browser.newPerson();
    await page.goto(`${run.servers.apiUrl}/admin/`);
    await expect(page.locator('main h1').textContent()).resolves.toBe('Sign in');

    await fillSignInWithoutWaiting(page, { ...user, password: 'not the password at all' });
    const summary = page.locator('.ptk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/email address, password or code/i);
    // The summary links to the field it is about.
    await expect(summary.locator('a').first().getAttribute('href')).resolves.toMatch(/#.*email/);

    await fillSignIn(page, user);
    await expect(page.locator('main h1').textContent()).resolves.toBe('Content');
    await expect(page.locator('header').textContent()).resolves.toContain('Wren Wrongpass');
    await page.context().close();
  });

  it('turns on two-step verification from the set-up screen and then asks for a code', async () => {
    const admin = await signInAsAdmin(run.servers.apiUrl);
    const user = await createUser(admin, { role: 'publisher', name: 'Tess Twostep' });
    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, user, { path: '/account' });
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();
    await page.getByRole('heading', { name: 'Add your account to the app' }).waitFor();
    // The key as the screen shows it, for typing into an app: groups of four, spaces ignored.
    const shown = (await page.locator('.admin-secret code').textContent()) ?? '';
    expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const secret = shown.replace(/\s+/g, '');
    await page.getByLabel('Code from your authenticator app').fill(nextTotpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByText('Two-step verification is on. You will be asked').waitFor();
    expect((await admin.ok('GET', `/admin/users/${user.id}`)).totpEnabled).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('main h1', { hasText: 'Sign in' }).waitFor();
    await fillSignInWithoutWaiting(page, user);
    await page.getByRole('heading', { name: 'Enter your code', level: 1 }).waitFor();
    // A wrong code is refused, in the same words as a wrong password.
    await page.getByLabel('Code from your authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.ptk-error-summary').waitFor();
    await page.getByLabel('Code from your authenticator app').fill(nextTotpCode(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // Back on the screen where they signed out.
    await expect(page.locator('main h1').textContent()).resolves.toBe('Your account');
    // Without the code, the password alone does not give a working session.
    const halfway = await signInApi(run.servers.apiUrl, user.email, user.password);
    expect((await halfway.send('GET', '/admin/content/topics')).status).toBe(403);
    await page.context().close();
  });

  it('makes someone with a temporary password choose their own first', async () => {
    const admin = await signInAsAdmin(run.servers.apiUrl);
    const user = await createUser(admin, { role: 'editor', name: 'Nell Newcomer', password: null });
    const page = await run.browser.newPerson();
    await signInUi(page, run.servers.apiUrl, user, { path: '/content/topics' });
    await expect(page.locator('main h1').textContent()).resolves.toBe('Choose a new password');
    await page.getByLabel('Temporary password').fill(user.password);
    await page.getByLabel('New password', { exact: true }).fill('copper kettle hillside 42');
    await page.getByRole('button', { name: 'Save new password and continue' }).click();
    await page.locator('main h1', { hasText: 'Your account' }).waitFor();
    await page.getByRole('link', { name: 'Go on to the page you asked for' }).click();
    await expect(page.locator('main h1').textContent()).resolves.toBe('Toolkit topics');
    await page.context().close();
  });
});

async function fillSignInWithoutWaiting(
  page: Awaited<ReturnType<typeof run.browser.newPerson>>,
  user: { email: string; password: string },
) {
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
