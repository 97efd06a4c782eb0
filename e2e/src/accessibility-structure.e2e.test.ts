import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditPage, listAuditPages } from './harness/audit-pages.js';
import { openBrowser } from './harness/browser.js';
import {
  checkHeadings,
  checkSkipLink,
  formatProblems,
  measureWidth,
  type Problem,
  readHeadings,
  watchConsole,
} from './harness/page-checks.js';
import { type Servers, startServers } from './harness/servers.js';

// What axe does not check on every route of the seeded site: one h1 and headings in order, a
// working skip link, no sideways scrolling at 320 px, and a quiet browser console. One visit per
// page gathers everything; each test then reports its own list.

let servers: Servers;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let pages: AuditPage[];
const found = {
  status: [] as Problem[],
  headings: [] as Problem[],
  skipLinks: [] as Problem[],
  overflow: [] as Problem[],
  console: [] as Problem[],
};

async function visitEveryPage(): Promise<void> {
  const page = await browser.context.newPage();
  const consoleErrors = watchConsole(page);
  try {
    for (const audit of pages) {
      await page.setViewportSize({ width: 1280, height: 900 });
      const response = await page.goto(`${servers.siteUrl}${audit.path}`);
      if (response?.status() !== audit.status) {
        found.status.push({
          page: audit.path,
          rule: 'status',
          target: 'document',
          detail: `answered ${response?.status()}, expected ${audit.status}`,
        });
      }
      found.headings.push(...checkHeadings(await readHeadings(page), audit.path));
      found.skipLinks.push(...(await checkSkipLink(page, audit.path)));

      await page.setViewportSize({ width: 320, height: 640 });
      const { scrollWidth, culprits } = await measureWidth(page);
      if (scrollWidth > 320) {
        found.overflow.push({
          page: audit.path,
          rule: 'scroll-width',
          target: culprits.join(', ') || 'document',
          detail: `${scrollWidth} px wide`,
        });
      }

      for (const text of consoleErrors.take(audit.status >= 400)) {
        found.console.push({ page: audit.path, rule: 'console-error', target: text });
      }
    }
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  servers = await startServers();
  browser = await openBrowser();
  pages = await listAuditPages(servers);
  await visitEveryPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

describe('every route of the seeded site', () => {
  it('answers with the status it is meant to (200, or 400 and 404 for the error pages)', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(found.status, formatProblems('Unexpected statuses', found.status)).toEqual([]);
  });

  it('has exactly one h1, and headings that never skip a level', () => {
    expect(found.headings, formatProblems('Heading problems', found.headings)).toEqual([]);
  });

  it('starts with a skip link that moves focus to the main content', () => {
    expect(found.skipLinks, formatProblems('Skip link problems', found.skipLinks)).toEqual([]);
  });

  it('does not scroll sideways at 320 px wide', () => {
    expect(found.overflow, formatProblems('Pages wider than 320 px', found.overflow)).toEqual([]);
  });

  it('logs no console errors, apart from the 4xx status of pages meant to have one', () => {
    expect(found.console, formatProblems('Console errors', found.console)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  // A check that cannot fail is no check: feed them pages known to be wrong.
  it('catch a skipped heading level and a second h1', () => {
    const problems = checkHeadings(
      [
        { level: 1, text: 'Title' },
        { level: 3, text: 'Too deep' },
        { level: 1, text: 'Again' },
      ],
      '/example',
    );
    expect(problems.map((problem) => problem.rule).sort()).toEqual(['heading-skip', 'one-h1']);
  });

  it('catch sideways scrolling, a missing skip link and console errors', async () => {
    const page = await browser.context.newPage();
    const consoleErrors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.setContent(
        '<body><a href="/elsewhere">First</a><main id="main-content" tabindex="-1">' +
          '<h1>Wide</h1><div style="width:600px">wide</div></main>' +
          '<script>console.error("broken")</script></body>',
      );
      expect((await measureWidth(page)).scrollWidth).toBeGreaterThan(320);
      expect(await checkSkipLink(page, 'test')).toHaveLength(1);
      expect(consoleErrors.take(true)).toEqual(['broken']);
    } finally {
      await page.close();
    }
  });
});
