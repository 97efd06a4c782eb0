import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule sets the issue asks for. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One thing wrong on one page, ready to print in a list. */
export interface Problem {
  page: string;
  rule: string;
  target: string;
  detail?: string;
}

export function formatProblems(title: string, problems: readonly Problem[]): string {
  const lines = problems.map(
    (problem) =>
      `  ${problem.page}  [${problem.rule}]  ${problem.target}${problem.detail ? `  – ${problem.detail}` : ''}`,
  );
  return `${title}: ${problems.length}\n${lines.join('\n')}`;
}

/** Axe's violations on the page as it is now, one problem per failing element. */
export async function findAxeViolations(page: Page, label: string): Promise<Problem[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page: label,
      rule: violation.id,
      target: node.target.join(' '),
      detail: violation.help,
    })),
  );
}

/**
 * Keeps the browser console's errors and uncaught exceptions while a page is open. A page
 * answered with a deliberate 4xx status logs "Failed to load resource" for itself; the caller
 * says whether that is expected.
 */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
  return {
    take(isErrorStatus: boolean): string[] {
      const taken = errors.splice(0);
      return isErrorStatus
        ? taken.filter((text) => !/^Failed to load resource: .* status of 4\d\d/.test(text))
        : taken;
    },
  };
}

interface Heading {
  level: number;
  text: string;
}

/** The headings a screen reader lists, in document order (visually hidden ones included). */
export function readHeadings(page: Page): Promise<Heading[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'))
      .filter((element) => element.checkVisibility() && !element.closest('[aria-hidden="true"]'))
      .map((element) => ({
        level: Number(element.getAttribute('aria-level') ?? element.tagName.slice(1)),
        text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      })),
  );
}

/**
 * Exactly one h1, and no heading more than one level deeper than the one before it. The first
 * heading may be an h2, as the GOV.UK error summary ("There is a problem") comes before the h1.
 */
export function checkHeadings(headings: readonly Heading[], label: string): Problem[] {
  const problems: Problem[] = [];
  const ones = headings.filter((heading) => heading.level === 1);
  if (ones.length !== 1) {
    problems.push({
      page: label,
      rule: 'one-h1',
      target: ones.map((heading) => `"${heading.text}"`).join(', ') || '(none)',
      detail: `${ones.length} h1 elements`,
    });
  }
  let previous = 1;
  for (const heading of headings) {
    if (heading.level > previous + 1) {
      problems.push({
        page: label,
        rule: 'heading-skip',
        target: `h${heading.level} "${heading.text}"`,
        detail: `follows an h${previous}`,
      });
    }
    previous = heading.level;
  }
  return problems;
}

/**
 * The skip link: the first thing in the page that takes focus, it shows when focused, and
 * following it puts focus on the main landmark.
 */
export async function checkSkipLink(page: Page, label: string): Promise<Problem[]> {
  const problem = (detail: string): Problem[] => [
    { page: label, rule: 'skip-link', target: 'a.ptk-skip-link', detail },
  ];
  const first = await page.evaluate(() => {
    const focusable = document.querySelector<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
    );
    return focusable ? { href: focusable.getAttribute('href'), text: focusable.textContent } : null;
  });
  if (first?.href !== '#main-content') {
    return problem(`the first focusable element is ${JSON.stringify(first)}`);
  }
  const link = page.locator('a[href="#main-content"]').first();
  await link.focus();
  const box = await link.boundingBox();
  if (!box || box.width < 10 || box.height < 10) return problem('it is not visible when focused');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => {
    const active = document.activeElement;
    return { tag: active?.tagName.toLowerCase(), id: active?.id ?? '' };
  });
  if (focused.tag !== 'main') return problem(`Enter moved focus to ${focused.tag}#${focused.id}`);
  return [];
}

/**
 * The page's scroll width at the current viewport and, when that is wider than the viewport,
 * the outermost elements that stick out, to say what to fix.
 */
export function measureWidth(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return { scrollWidth, culprits: [] };
    const culprits = Array.from(document.body.querySelectorAll<HTMLElement>('*'))
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter(
        (element) =>
          !element.parentElement ||
          element.parentElement.getBoundingClientRect().right <= width + 0.5,
      )
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`,
      );
    return { scrollWidth, culprits };
  });
}
