// @vitest-environment happy-dom
import type { Request } from 'express';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchRoute } from '../pages/search/search-page.js';
import { riskResponse, stubSearchApi } from '../pages/search/search-test-data.js';
import { enhanceSearch } from './search.js';

const { api } = stubSearchApi({ risk: riskResponse });

/** The site itself: renders the search route for a path, as the server would. */
async function site(path: string): Promise<string> {
  const result = await searchRoute.render({
    api,
    url: new URL(path, 'http://site.test'),
    req: {} as Request,
  });
  if ('fragment' in result) return renderToStaticMarkup(result.fragment);
  if ('body' in result) return renderToStaticMarkup(result.body);
  throw new Error('Unexpected result');
}

let requests: string[];

async function setUp(path = '/search', answer?: (url: string) => Promise<Response>) {
  document.body.innerHTML = `<main>${await site(path)}</main>`;
  window.history.replaceState(null, '', path);
  requests = [];
  const fetcher = (async (input: string | URL | Request) => {
    const url = String(input);
    requests.push(url);
    return answer ? answer(url) : new Response(await site(url));
  }) as typeof fetch;
  enhanceSearch(document, { fetcher });
  const input = document.querySelector<HTMLInputElement>('#q');
  if (!input) throw new Error('No search field');
  input.focus();
  return input;
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Lets the debounce run out and the fetch and its parsing finish. */
async function pause(ms = 250) {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
  await vi.waitFor(() => undefined);
}

const region = () => document.getElementById('search-results');
const status = () => document.getElementById('search-status')?.textContent;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('search as you type', () => {
  it('waits for a pause in typing, then asks the site for the results region once', async () => {
    const input = await setUp();
    type(input, 'r');
    await vi.advanceTimersByTimeAsync(100);
    type(input, 'ri');
    await vi.advanceTimersByTimeAsync(100);
    type(input, 'risk');
    await vi.advanceTimersByTimeAsync(200);
    expect(requests).toEqual([]);
    await pause(60);
    await vi.waitFor(() => expect(region()?.dataset.query).toBe('risk'));
    expect(requests).toEqual(['/search?q=risk&fragment=1']);
  });

  it('replaces the results, updates the address and title, and announces the count', async () => {
    const input = await setUp();
    type(input, 'risk');
    await pause();
    await vi.waitFor(() => expect(status()).toBe('6 results for “risk”'));
    expect(region()?.querySelector('h2')?.textContent).toBe('6 results for “risk”');
    expect(region()?.querySelectorAll('h3')).toHaveLength(5);
    expect(window.location.pathname + window.location.search).toBe('/search?q=risk');
    expect(document.title).toBe('6 results for “risk” – Search – Peer Worker Toolkit');
    expect(document.activeElement).toBe(input);
    expect(document.querySelectorAll('#search-results')).toHaveLength(1);
  });

  it('shows no results and clears them when the field is emptied', async () => {
    const input = await setUp('/search?q=risk');
    type(input, 'zzz');
    await pause();
    await vi.waitFor(() => expect(status()).toBe('No results for “zzz”'));
    type(input, '');
    await pause();
    await vi.waitFor(() => expect(region()?.dataset.query).toBe(''));
    expect(region()?.children).toHaveLength(0);
    expect(window.location.search).toBe('');
    expect(requests.at(-1)).toBe('/search?fragment=1');
  });

  it('clears the server’s error once the person types a search', async () => {
    const input = await setUp('/search?q=');
    expect(document.querySelector('.ptk-error-summary')).not.toBeNull();
    type(input, 'risk');
    await pause();
    await vi.waitFor(() => expect(status()).toBe('6 results for “risk”'));
    expect(document.querySelector('.ptk-error-summary')).toBeNull();
    expect(document.getElementById('q-error')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('q-hint');
  });

  it('leaves the page alone when the answer is not a fragment for this query', async () => {
    // A static copy of the site answers every address with the search page itself.
    const input = await setUp('/search?q=risk', async () => new Response(await site('/search')));
    const before = document.body.innerHTML;
    type(input, 'zzz');
    await pause();
    expect(requests).toHaveLength(1);
    expect(document.body.innerHTML).toBe(before);
    expect(region()?.dataset.query).toBe('risk');
    expect(window.location.search).toBe('?q=risk');
  });

  it('keeps the results in place for someone who has moved into them', async () => {
    const input = await setUp('/search?q=risk');
    type(input, 'zzz');
    region()?.querySelector('a')?.focus();
    await pause();
    expect(region()?.dataset.query).toBe('risk');
    expect(document.activeElement?.textContent).toBe('Toolkit topics (2)');
  });

  it('does not search again for the query already shown', async () => {
    const input = await setUp('/search?q=risk');
    type(input, 'risk ');
    await pause();
    expect(requests).toEqual([]);
  });

  it('lets Enter submit the form normally', async () => {
    const input = await setUp();
    type(input, 'risk');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    input.form?.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    await pause();
    expect(requests).toEqual([]);
  });
});
