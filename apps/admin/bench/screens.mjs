// The admin's screens in headless Chromium, timed with the page's own clock from navigation start.
import { CHROMIUM_ARGS } from '@peer-toolkit/bench-kit/chromium';
import { chromium } from 'playwright-core';

const TIMEOUT_MS = 30_000;
/** The list screen's page size (apps/admin/src/pages/content-list-page.tsx). */
const PAGE_SIZE = 50;

/** Chromium as the browser tests start it. */
export async function launchBrowser(executablePath) {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return { browser, version: browser.version() };
}

/**
 * A signed-in person on one API: a context of their own (the two APIs share a host, and cookies
 * ignore ports) holding the session cookie the API set at sign-in.
 */
export async function openEditor(browser, { origin, cookie }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const [name, ...rest] = cookie.split('=');
  await context.addCookies([
    { name, value: rest.join('='), url: origin, httpOnly: true, sameSite: 'Strict' },
  ]);
  return context;
}

/**
 * Waits until `readyAt` (run in the page on every animation frame) returns a time, and returns
 * it. The checks below return the page's clock once their condition holds: milliseconds since
 * the navigation started, at the first frame that shows the change.
 */
async function timeWhen(page, readyAt, arg) {
  const handle = await page.waitForFunction(readyAt, arg, { polling: 'raf', timeout: TIMEOUT_MS });
  return handle.jsonValue();
}

/** The list's first page is shown and its search box takes typing. */
function listReadyAt(rows) {
  const input = document.querySelector('main input[type="search"]');
  const shown = document.querySelectorAll('main table.admin-table tbody tr').length;
  const isReady = Boolean(input) && !input.disabled && !input.readOnly && shown === rows;
  return isReady && performance.now();
}

/** The rows shown are exactly the search's results (or their first page). */
function filterShownAt({ query, rows }) {
  const shown = [...document.querySelectorAll('main table.admin-table tbody tr')];
  const isShown =
    shown.length === rows &&
    shown.every((row) => row.textContent.toLowerCase().includes(query.toLowerCase()));
  return isShown && performance.now();
}

/** The item's form is shown and its first field that may change (the id may not) is editable. */
function editReadyAt() {
  const form = document.getElementById('item-form');
  const field =
    form &&
    [...form.querySelectorAll('input, textarea, select')].find(
      (control) => !control.readOnly && control.type !== 'hidden',
    );
  return Boolean(field) && !field.disabled && performance.now();
}

/**
 * Opens the list, then types the query into its search box. `total` and `matches` are the
 * item counts the API reports without and with the query, so the wait knows which rows to expect.
 */
export async function measureList(context, { origin, type, total, query, matches }) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/admin/content/${type}`, { waitUntil: 'commit' });
    const listMs = await timeWhen(page, listReadyAt, Math.min(total, PAGE_SIZE));

    const search = page.locator('main input[type="search"]');
    // The moment the value changes, in the page's clock: fill() types the whole query at once,
    // as the last keystroke of real typing would finish it.
    await search.evaluate((input) => {
      input.addEventListener(
        'input',
        () => {
          window.benchTypedAt ??= performance.now();
        },
        { capture: true, once: true },
      );
    });
    await search.fill(query);
    const shownAt = await timeWhen(page, filterShownAt, {
      query,
      rows: Math.min(matches, PAGE_SIZE),
    });
    const { typedAt, requestAt } = await page.evaluate((q) => {
      const requests = performance
        .getEntriesByType('resource')
        .filter(
          (entry) => entry.name.includes('/api/v1/admin/content/') && entry.name.includes(`q=${q}`),
        );
      return { typedAt: window.benchTypedAt, requestAt: requests.at(-1)?.startTime };
    }, encodeURIComponent(query));
    if (typedAt === undefined || requestAt === undefined) {
      throw new Error('The search was not seen: no input event or no request with the query');
    }
    return { listMs, filterMs: shownAt - typedAt, filterRequestMs: shownAt - requestAt };
  } finally {
    await page.close();
  }
}

/** Opens one item's edit screen. */
export async function measureEdit(context, { origin, type, id }) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/admin/content/${type}/${encodeURIComponent(id)}`, {
      waitUntil: 'commit',
    });
    return await timeWhen(page, editReadyAt);
  } finally {
    await page.close();
  }
}
