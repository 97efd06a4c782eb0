import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeKeys, contentTypes } from '@peer-toolkit/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSharedBrowser } from '../harness/browser.js';
import { findAxeViolations, formatProblems, type Problem } from '../harness/page-checks.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Servers, startServers } from '../harness/servers.js';
import { type ApiSession, copyItem, createUser, signInAsAdmin } from './admin-api.js';
import { fillSignIn, signInUi } from './admin-page.js';

// Axe (WCAG 2.0 to 2.2, A and AA) on every admin screen, in the states people meet them in:
// signed out, each content list, each content type's form, a form with errors, the preview,
// history with a diff, a conflict, the session-ended dialog, user and audit screens, and what
// an editor sees where they may not go. The main screens are kept as screenshots
// (e2e/screenshots/admin-*.png) to look at.

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'screenshots');

let servers: Servers;
let browser: Awaited<ReturnType<typeof openSharedBrowser>>;
let admin: ApiSession;
const problems: Problem[] = [];

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  servers = await startServers();
  browser = await openSharedBrowser();
  admin = await signInAsAdmin(servers.apiUrl);
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

/** Waits until the screen has its heading and nothing on it is still loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1, dialog[open] h2').first().waitFor();
  await page.waitForFunction(() => !document.body.textContent?.includes('Loading…'));
}

/** Runs axe on the page as it is now and, when named, keeps a screenshot of it. */
async function audit(page: Page, label: string, shot?: string): Promise<void> {
  problems.push(...(await findAxeViolations(page, label)));
  if (!shot) return;
  // A modal dialog covers the window, not the page: it is kept as the window shows it.
  if (await page.locator('dialog[open]').count()) {
    await page.screenshot({ path: join(screenshots, `admin-${shot}.png`) });
    return;
  }
  // A long form is kept as its first two screenfuls, which is what a reader of the shot looks at.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const { width } = page.viewportSize() ?? { width: 1280 };
  await page.screenshot({
    path: join(screenshots, `admin-${shot}.png`),
    fullPage: true,
    ...(height > 2000 ? { clip: { x: 0, y: 0, width, height: 1800 } } : {}),
  });
}

async function visit(page: Page, path: string, shot?: string): Promise<void> {
  await page.goto(`${servers.apiUrl}/admin${path}`);
  await settle(page);
  await audit(page, path, shot);
}

/** The first seeded item of a content type, through the public API. */
async function firstId(typePath: string): Promise<string> {
  const response = await fetch(`${servers.apiUrl}/api/v1/${typePath}?pageSize=1`);
  const body = (await response.json()) as { items: { id: string }[] };
  const [first] = body.items;
  if (!first) throw new Error(`no ${typePath} to open`);
  return first.id;
}

describe('axe finds no WCAG 2.2 AA violations on any admin screen', () => {
  it('signed out: sign in, and sign in refused', async () => {
    const page = await browser.newPerson();
    await visit(page, '/', 'sign-in');
    await page.getByLabel('Email address').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.ptk-error-summary').waitFor();
    await audit(page, 'sign in refused');
    await page.context().close();
  }, 60_000);

  it('every content list and every content type’s form', async () => {
    const page = await browser.newPerson();
    await signInUi(page, servers.apiUrl, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    await visit(page, '/', 'dashboard');
    for (const key of contentTypeKeys) {
      const { path } = contentTypes[key];
      await visit(page, `/content/${path}`, path === 'topics' ? 'list-topics' : undefined);
      await visit(page, `/content/${path}/${encodeURIComponent(await firstId(path))}`);
    }
    await visit(page, '/content/topics?q=zzzz-nothing', undefined);
    await expect(page.locator('.admin-count').textContent()).resolves.toBe('0 toolkit topics');
    await visit(page, '/content/topics/new', 'new-topic');
    await page.context().close();
    expect(problems, formatProblems('Axe violations', problems)).toEqual([]);
  }, 120_000);

  it('an item being edited: Markdown preview, errors, site preview, at desktop and phone widths', async () => {
    const page = await browser.newPerson();
    await signInUi(page, servers.apiUrl, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const topic = await firstId('topics');
    await visit(page, `/content/topics/${topic}`);
    // Markdown fields open with their preview shown.
    await page.getByRole('button', { name: 'Hide preview' }).first().waitFor();
    await audit(page, 'topic with a Markdown preview', 'edit-topic');

    await page.getByLabel('Topic title', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('.ptk-error-summary').waitFor();
    await audit(page, 'topic with errors', 'edit-errors');

    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('tabpanel').waitFor();
    await audit(page, 'topic site preview', 'site-preview');

    await page.setViewportSize({ width: 375, height: 800 });
    await visit(page, '/content/topics', 'list-topics-375');
    // The title emptied above is kept on this computer and offered back.
    await visit(page, `/content/topics/${topic}`, 'restore-offer-375');
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByLabel('Topic title', { exact: true }).waitFor();
    await audit(page, 'topic at phone width', 'edit-topic-375');
    await page.context().close();
    expect(problems, formatProblems('Axe violations', problems)).toEqual([]);
  }, 90_000);

  it('history with a diff, and a conflict', async () => {
    const copy = await copyItem(admin, 'topics', await firstId('topics'), {
      id: 'screens-history',
      slug: 'screens-history',
      title: 'A topic with a history',
    });
    const saved = await admin.ok('PUT', `/admin/content/topics/${copy.id}`, {
      body: { content: { ...copy.content, summary: 'A second summary, saved later.' } },
      ifMatch: copy.etag,
    });
    const page = await browser.newPerson();
    await signInUi(page, servers.apiUrl, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    await visit(page, `/content/topics/${copy.id}/history`);
    await page
      .getByRole('link', { name: /Compare with the version before/ })
      .first()
      .click();
    await page.getByText('A second summary, saved later.').first().waitFor();
    await settle(page);
    await audit(page, 'history with a diff', 'history');

    // Someone else saves while this page has the item open: saving here meets a conflict.
    await visit(page, `/content/topics/${copy.id}`);
    await admin.ok('PUT', `/admin/content/topics/${copy.id}`, {
      body: { content: { ...copy.content, summary: 'Their summary, saved first.' } },
      ifMatch: String(saved.etag),
    });
    await page.getByLabel('Topic title', { exact: true }).fill('My title, saved second');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Their summary, saved first.').first().waitFor();
    await audit(page, 'conflict', 'conflict');
    await page.context().close();
    expect(problems, formatProblems('Axe violations', problems)).toEqual([]);
  }, 90_000);

  it('account, users, security settings and the audit log', async () => {
    const page = await browser.newPerson();
    await signInUi(page, servers.apiUrl, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const user = await createUser(admin, { role: 'editor', name: 'Sam Screens' });
    await visit(page, '/account', 'account');
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();
    await page.getByRole('heading', { name: 'Add your account to the app' }).waitFor();
    await audit(page, 'two-step set-up');
    await visit(page, '/users', 'users');
    await visit(page, '/users/new');
    await visit(page, '/users/security');
    await visit(page, `/users/${user.id}`, 'user');
    // Another admin renamed them meanwhile: the refusal, with the user as they are now.
    await page.getByLabel('Name', { exact: true }).fill('Sam Screens Typed');
    const seen = await admin.send('GET', `/admin/users/${user.id}`);
    await admin.ok('PATCH', `/admin/users/${user.id}`, {
      body: { displayName: 'Sam Renamed' },
      ifMatch: seen.etag ?? '',
    });
    await page.getByRole('button', { name: 'Save name and role' }).click();
    await page.getByRole('heading', { name: 'Sam Renamed', level: 1 }).waitFor();
    await audit(page, 'a user changed by someone else', 'user-conflict');
    await visit(page, '/audit', 'audit');
    await visit(page, '/no-such-screen');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Page not found');
    await page.context().close();
    expect(problems, formatProblems('Axe violations', problems)).toEqual([]);
  }, 90_000);

  it('an editor: a screen they may not use, and their session ending mid-edit', async () => {
    const editor = await createUser(admin, { role: 'editor', name: 'Ed Expiry' });
    const page = await browser.newPerson();
    await signInUi(page, servers.apiUrl, editor);
    await visit(page, '/users');
    await expect(page.locator('main').textContent()).resolves.toMatch(/admin/i);
    await visit(page, `/content/topics/${await firstId('topics')}`);
    await admin.ok('POST', `/admin/users/${editor.id}/end-sessions`);
    await page.getByLabel('Topic title', { exact: true }).fill('Typed after the session ended');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('dialog[open]').waitFor();
    await audit(page, 'session ended', 'session-ended');
    await fillSignIn(page, editor, undefined, 'dialog');
    await expect(page.getByLabel('Topic title', { exact: true }).inputValue()).resolves.toBe(
      'Typed after the session ended',
    );
    await page.context().close();
    expect(problems, formatProblems('Axe violations', problems)).toEqual([]);
  }, 90_000);
});
