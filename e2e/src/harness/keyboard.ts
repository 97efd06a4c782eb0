import type { Page } from 'playwright-core';

/** The element that has keyboard focus, and how its focus style is drawn. */
export interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
  href: string;
  outline: string;
  boxShadow: string;
}

export function readFocus(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const input = active instanceof HTMLInputElement ? active : undefined;
    const style = active ? getComputedStyle(active) : undefined;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      name: active?.getAttribute('name') ?? '',
      value: input?.value ?? '',
      checked: input?.checked ?? false,
      text: (active?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      href: active?.getAttribute('href') ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : 'none',
      boxShadow: style?.boxShadow ?? 'none',
    };
  });
}

/** Whether the focused element draws a focus indicator: an outline or a box shadow. */
export function showsFocus(focused: Focused): boolean {
  const hasOutline = !focused.outline.startsWith('none') && !focused.outline.endsWith(' 0px');
  return hasOutline || focused.boxShadow !== 'none';
}

/**
 * Presses Tab (or Shift+Tab) until `isWanted` accepts the focused element, checking at every
 * stop that focus can be seen. Throws with the path taken if the element is never reached.
 */
export async function tabTo(
  page: Page,
  isWanted: (focused: Focused) => boolean,
  { backwards = false, max = 150 }: { backwards?: boolean; max?: number } = {},
): Promise<Focused> {
  const path: string[] = [];
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await readFocus(page);
    const where = `${focused.tag}${focused.name ? `[name=${focused.name}]` : ''} "${focused.text}"`;
    path.push(where);
    if (focused.tag !== 'body' && !showsFocus(focused)) {
      throw new Error(`No visible focus indicator on ${where} at ${page.url()}`);
    }
    if (isWanted(focused)) return focused;
  }
  throw new Error(`Tab never reached the element on ${page.url()}; went via:\n${path.join('\n')}`);
}
