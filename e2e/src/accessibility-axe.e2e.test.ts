import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditPage, listAuditPages } from './harness/audit-pages.js';
import { openBrowser } from './harness/browser.js';
import { findAxeViolations, formatProblems, type Problem } from './harness/page-checks.js';
import { type Servers, startServers } from './harness/servers.js';

// Axe (WCAG 2.0 to 2.2, A and AA) on every route of the seeded site, at desktop and phone
// widths. One test per width, each listing every violation (page, rule, element) when it fails.

let servers: Servers;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let pages: AuditPage[];

beforeAll(async () => {
  servers = await startServers();
  browser = await openBrowser();
  pages = await listAuditPages(servers);
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

async function auditAt(width: number): Promise<Problem[]> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const problems: Problem[] = [];
  try {
    for (const audit of pages) {
      const response = await page.goto(`${servers.siteUrl}${audit.path}`);
      if (response?.status() !== audit.status) {
        problems.push({
          page: audit.path,
          rule: 'status',
          target: 'document',
          detail: `answered ${response?.status()}, expected ${audit.status}`,
        });
      }
      problems.push(...(await findAxeViolations(page, audit.path)));
    }
  } finally {
    await page.close();
  }
  return problems;
}

describe('axe finds no WCAG 2.2 AA violations on any page', () => {
  it('covers the sitemap and the query-driven pages', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.map((audit) => audit.path)).toEqual(
      expect.arrayContaining(['/', '/topics', '/change-model', '/self-assessment/step/1']),
    );
  });

  it.each([1280, 375])(
    'at %i px wide',
    async (width) => {
      const problems = await auditAt(width);
      expect(problems, formatProblems(`Axe violations at ${width} px`, problems)).toEqual([]);
    },
    240_000,
  );
});

describe('the axe check itself', () => {
  it('reports a violation as page, rule and element', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setContent(
        '<html lang="en"><title>t</title><main><h1>t</h1><img src="x.png"></main></html>',
      );
      const problems = await findAxeViolations(page, '/broken');
      expect(problems).toContainEqual(
        expect.objectContaining({ page: '/broken', rule: 'image-alt', target: 'img' }),
      );
      expect(formatProblems('Axe violations', problems)).toMatch(
        /\/broken {2}\[image-alt\] {2}img/,
      );
    } finally {
      await page.close();
    }
  });
});
