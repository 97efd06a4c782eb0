import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'express';
import { pino } from 'pino';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSiteApp } from '../../app.js';
import type { PageResult } from '../../render/page.js';
import { searchRoute } from './search-page.js';
import { riskResponse, stubSearchApi } from './search-test-data.js';

async function renderSearch(query: string) {
  const stub = stubSearchApi({ risk: riskResponse });
  const result = await searchRoute.render({
    api: stub.api,
    url: new URL(`/search${query}`, 'http://site.test'),
    req: {} as Request,
  });
  return { result, requests: stub.requests };
}

async function renderPage(query: string) {
  const { result, requests } = await renderSearch(query);
  if (!('body' in result)) throw new Error('Expected a page');
  return { page: result as PageResult, html: renderToStaticMarkup(result.body), requests };
}

const headings = (html: string, level: number) =>
  [...html.matchAll(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, 'g'))].map((match) =>
    (match[1] ?? '').replace(/<[^>]+>/g, ''),
  );

describe('the search page', () => {
  it('shows the form alone before anything is searched, without asking the API', async () => {
    const { page, html, requests } = await renderPage('');
    expect(requests).toEqual([]);
    expect(page.title).toBe('Search the toolkit');
    expect(page.noindex).toBe(false);
    expect(page.scripts).toEqual(['search']);
    expect(html).toContain('<label class="ptk-label" for="q">Search the toolkit</label>');
    expect(headings(html, 2)).toEqual([]);
  });

  it('groups results by type, with the count in the title and heading', async () => {
    const { page, html, requests } = await renderPage('?q=risk');
    expect(requests[0]?.searchParams.get('q')).toBe('risk');
    expect(requests[0]?.searchParams.get('pageSize')).toBe('100');
    expect(page.title).toBe('6 results for “risk” – Search');
    expect(page.noindex).toBe(true);
    expect(headings(html, 2)).toEqual(['6 results for “risk”']);
    expect(headings(html, 3)).toEqual([
      'Toolkit topics 2 results',
      'Risk guidance 1 result',
      'Research and publications 1 result',
      'Self-assessment questions 1 result',
      'Shared expectations statements 1 result',
    ]);
    expect(html).toContain('value="risk"');
    expect(html).toContain(
      '<a class="ptk-search-hit__title" href="/topics/managing-risk">Risk</a>',
    );
    expect(html).toContain('Think about <mark>risk</mark> in three directions…');
    expect(html).toContain('…the &lt;b&gt;risk&lt;/b&gt; to the organisation');
  });

  it('says clearly when nothing matched and suggests what to try', async () => {
    const { page, html } = await renderPage('?q=zzz');
    expect(page.title).toBe('No results for “zzz” – Search');
    expect(headings(html, 2)).toEqual(['No results for “zzz”']);
    expect(html).toContain('checking the spelling');
    expect(html).toContain('href="/topics"');
  });

  it('shows the API’s problem with an empty query in an error summary linked to the field', async () => {
    const { page, html } = await renderPage('?q=+');
    expect(page.title).toBe('Error: Search the toolkit');
    expect(html).toContain('There is a problem');
    expect(html).toContain('<a href="#q">Enter words to search for</a>');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('id="q-error"');
  });

  it('answers with the results region alone in fragment mode', async () => {
    const { result } = await renderSearch('?q=risk&fragment=1');
    if (!('fragment' in result)) throw new Error('Expected a fragment');
    const html = renderToStaticMarkup(result.fragment);
    expect(html).toMatch(/^<div id="search-results"[^>]* data-query="risk"/);
    expect(html).toContain('data-summary="6 results for “risk”"');
    expect(html).toContain('data-title="6 results for “risk” – Search – Peer Worker Toolkit"');
    expect(html).not.toContain('<form');
  });

  it('shows a problem inside the fragment, as there is no error summary there', async () => {
    const { result } = await renderSearch('?q=&fragment=1');
    if (!('fragment' in result)) throw new Error('Expected a fragment');
    expect(renderToStaticMarkup(result.fragment)).toContain('<p>Enter words to search for</p>');
  });
});

describe('the search route in the site', () => {
  it('serves fragments uncached and without the page around them', async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'site-client-'));
    const app = createSiteApp({
      api: stubSearchApi({ risk: riskResponse }).api,
      assets: { stylesheet: '/styles.css', script: (name) => `/${name}.js` },
      clientDir,
      publicUrl: 'http://site.test',
      logger: pino({ level: 'silent' }),
      routes: [searchRoute],
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const fragment = await fetch(`${base}/search?q=risk&fragment=1`);
      expect(fragment.status).toBe(200);
      expect(fragment.headers.get('cache-control')).toBe('no-cache');
      expect(fragment.headers.get('content-type')).toMatch(/^text\/html/);
      const body = await fragment.text();
      expect(body).toMatch(/^<div id="search-results"/);
      expect(body).not.toContain('<html');

      const page = await (await fetch(`${base}/search?q=risk`)).text();
      expect(page).toMatch(/^<!doctype html>/);
      expect(page).toContain('<title>6 results for “risk” – Search – Peer Worker Toolkit</title>');
      expect(page).toContain('<meta name="robots" content="noindex"/>');
    } finally {
      server.close();
    }
  });
});
