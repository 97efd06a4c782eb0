// @vitest-environment happy-dom
import type { Request } from 'express';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../render/page.js';
import { changeModelRoute } from './change-model-page.js';
import { stubChangeModelApi } from './change-model-test-data.js';

async function renderChangeModel() {
  const stub = stubChangeModelApi();
  const result = await changeModelRoute.render({
    api: stub.api,
    url: new URL('/change-model', 'http://site.test'),
    req: {} as Request,
  });
  if (!('body' in result)) throw new Error('Expected a page');
  const page = result as PageResult;
  document.body.innerHTML = `<main>${renderToStaticMarkup(page.body)}</main>`;
  return { page, requests: stub.requests, bundle: stub.bundle };
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the change model page', () => {
  it('reads the graph, the topics and the publications from the API', async () => {
    const { page, requests } = await renderChangeModel();
    expect(new Set(requests)).toEqual(
      new Set(['/api/v1/change-model', '/api/v1/topics', '/api/v1/publications']),
    );
    expect(page.title).toBe('How peer work helps: the change model');
    expect(page.description.length).toBeLessThanOrEqual(200);
    expect(page.section).toBe('change-model');
    expect(page.scripts).toEqual(['change-model']);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  it('says what the model is, where it comes from and how to use it', async () => {
    const { bundle } = await renderChangeModel();
    const about = document.querySelector('section[aria-labelledby="cm-about"]');
    expect(text(about)).toContain('71 interviews');
    expect(text(about)).toContain('10 peer worker projects');
    expect(text(about)).toContain('have not been tested as pathways');
    expect(text(about)).toContain('How to use it');
    const paper = bundle.publications.find((p) => p.doi === '10.1017/S2045796014000407');
    expect(about?.querySelector(`a[href="/research/publications#${paper?.slug}"]`)).not.toBeNull();
  });

  it('links its contents list to sections that exist, and keeps ids unique', async () => {
    await renderChangeModel();
    const contents = [...document.querySelectorAll('.ptk-contents a')];
    expect(contents.length).toBeGreaterThanOrEqual(5);
    for (const link of contents) {
      expect(document.querySelector(link.getAttribute('href') ?? '#none')).not.toBeNull();
    }
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links conditions to the toolkit topics by their titles', async () => {
    const { bundle } = await renderChangeModel();
    const condition = bundle.conditions[0];
    const topic = bundle.topics.find((t) => t.id === condition?.topicIds[0]);
    const entry = document.getElementById(condition?.slug ?? '');
    expect(entry?.querySelector(`a[href="/topics/${topic?.slug}"]`)?.textContent).toBe(
      topic?.title,
    );
  });

  it('has a link in the diagram for every node, each to an entry on the page', async () => {
    const { bundle } = await renderChangeModel();
    const links = [...document.querySelectorAll('svg a[href]')];
    expect(links).toHaveLength(
      bundle.conditions.length + bundle.mechanisms.length + bundle.outcomes.length,
    );
    for (const link of links) {
      expect(document.querySelector(link.getAttribute('href') ?? '#none')).not.toBeNull();
    }
  });
});
