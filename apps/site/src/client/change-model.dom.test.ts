// @vitest-environment happy-dom
import type { Request } from 'express';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeModelRoute } from '../pages/change-model/change-model-page.js';
import { stubChangeModelApi } from '../pages/change-model/change-model-test-data.js';
import { enhanceChangeModel } from './change-model.js';

const { api } = stubChangeModelApi();
const result = await changeModelRoute.render({
  api,
  url: new URL('/change-model', 'http://site.test'),
  req: {} as Request,
});
if (!('body' in result)) throw new Error('Expected a page');
const html = `<main>${renderToStaticMarkup(result.body)}</main>`;

const panel = () => document.querySelector<HTMLElement>('[data-cm-panel]') as HTMLElement;
const status = () => document.querySelector('[data-cm-status]')?.textContent ?? '';
const node = (anchor: string) =>
  document.querySelector(`a[data-cm-anchor="${anchor}"]`) as SVGAElement;
const keys = (selector: string) =>
  [...document.querySelectorAll(selector)].map(
    (element) =>
      element.getAttribute('data-cm-node') ??
      `${element.getAttribute('data-cm-source')}>${element.getAttribute('data-cm-target')}`,
  );
const focus = (element: Element) =>
  element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
const press = (key: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = html;
  enhanceChangeModel(document, 300);
});

describe('the change model enhancement', () => {
  it('does nothing on a page without the diagram', () => {
    document.body.innerHTML = '<main><p>Nothing here</p></main>';
    expect(() => enhanceChangeModel(document)).not.toThrow();
  });

  it('shows a box’s details and highlights its links when the box gets focus', () => {
    expect(panel().hidden).toBe(true);
    focus(node('shared-expectations'));
    expect(panel().hidden).toBe(false);
    expect(panel().querySelector('h3')?.textContent).toBe('Shared expectations of the role');
    expect(panel().querySelector('.ptk-cm-panel__kind')?.textContent).toBe('Enabler');
    expect(panel().textContent).toContain('Peer workers, the people they support');
    expect(panel().querySelector('a[href="#trusting-relationships"]')).not.toBeNull();
    expect(panel().querySelector('a[data-cm-read-more]')?.getAttribute('href')).toBe(
      '#shared-expectations',
    );
    // No id is copied from the text version into the panel.
    expect(panel().querySelectorAll('[id]')).toHaveLength(0);

    expect(keys('.ptk-cm-node.is-selected')).toEqual(['condition:shared-expectations']);
    expect(keys('.ptk-cm-node.is-connected')).toEqual([
      'mechanism:trusting-relationships',
      'mechanism:role-modelling-recovery',
      'mechanism:engaging-with-services-and-community',
    ]);
    expect(keys('.ptk-cm-edge.is-connected')).toHaveLength(3);
    expect(document.querySelector('svg[data-cm-diagram]')?.classList.contains('is-selecting')).toBe(
      true,
    );
  });

  it('announces the details politely, once focus settles', () => {
    focus(node('role-distinctiveness'));
    focus(node('shared-expectations'));
    expect(status()).toBe('');
    vi.advanceTimersByTime(300);
    expect(status()).toBe(
      'Shared expectations of the role: details below the diagram. Helps: Building trusting relationships based on shared lived experience; Role-modelling recovery and living well; Engaging people with services and the community.',
    );
  });

  it('moves into the panel on a click, without following the link', () => {
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    node('hope').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(panel().hidden).toBe(false);
    expect(document.activeElement?.textContent).toBe('Hope');
    expect(panel().textContent).toContain('Some evidence, not consistent');
  });

  it('follows a link in the panel to that box in the diagram', () => {
    focus(node('shared-expectations'));
    const link = panel().querySelector('a[href="#trusting-relationships"]') as HTMLElement;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    focus(node('trusting-relationships'));
    expect(panel().querySelector('h3')?.textContent).toBe(
      'Building trusting relationships based on shared lived experience',
    );
    const more = panel().querySelector('a[data-cm-read-more]') as HTMLElement;
    const follow = new MouseEvent('click', { bubbles: true, cancelable: true });
    more.dispatchEvent(follow);
    expect(follow.defaultPrevented).toBe(false);
  });

  it('closes on Escape and clears the highlight', () => {
    focus(node('hope'));
    press('Escape');
    expect(panel().hidden).toBe(true);
    expect(keys('.is-selected, .is-connected')).toEqual([]);
    expect(document.querySelector('svg[data-cm-diagram]')?.classList.contains('is-selecting')).toBe(
      false,
    );
    expect(status()).toBe('');
  });

  it('closes with its button', () => {
    focus(node('hope'));
    (panel().querySelector('[data-cm-close]') as HTMLButtonElement).click();
    expect(panel().hidden).toBe(true);
  });
});
