import {
  type ContentBundle,
  contentTypes,
  findContentTypeByPath,
  findRelated,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import { Window } from 'happy-dom';
import { renderToStaticMarkup } from 'react-dom/server';
import { ApiClient } from '../api/api-client.js';
import type { PageResult, PageRoute } from '../render/page.js';

type AnyItem = { id: string; slug?: string } & Record<string, unknown>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/**
 * A stand-in for the API's public reads, answering from a content bundle: lists (with filters,
 * where an item matches any of a filter's values), single items and "/related". It records the
 * addresses asked for, so tests can check what the site sends.
 */
export function createBundleApi(bundle: ContentBundle = loadDefaultBundle()) {
  const requested: string[] = [];
  const fetcher = async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    requested.push(`${url.pathname.replace(/^\/api\/v1/, '')}${url.search}`);
    const [typePath = '', idOrSlug, sub] = url.pathname.replace(/^\/api\/v1\//, '').split('/');
    const key = findContentTypeByPath(typePath);
    const notFound = json(404, {
      type: 'about:blank',
      title: 'Not found',
      status: 404,
      detail: 'Not found',
      code: 'NOT_FOUND',
    });
    if (!key) return notFound;
    const items = bundle[key] as AnyItem[];
    if (idOrSlug === undefined) {
      const filters = [...new Set(url.searchParams.keys())].filter(
        (name) => name !== 'page' && name !== 'pageSize',
      );
      const matching = items.filter((item) =>
        filters.every((field) => {
          const wanted = url.searchParams.getAll(field).flatMap((value) => value.split(','));
          return [item[field]].flat().some((value) => wanted.includes(String(value)));
        }),
      );
      const { orderField } = contentTypes[key] as { orderField?: string };
      if (orderField) matching.sort((a, b) => Number(a[orderField]) - Number(b[orderField]));
      return json(200, {
        page: 1,
        pageSize: 100,
        total: matching.length,
        totalPages: 1,
        items: matching,
      });
    }
    const item = items.find(
      (candidate) => candidate.id === idOrSlug || candidate.slug === idOrSlug,
    );
    if (!item) return notFound;
    if (sub === 'related') return json(200, { item, ...findRelated(bundle, key, item.id) });
    return json(200, item);
  };
  return { api: new ApiClient('http://api.test', fetcher as typeof fetch), requested, bundle };
}

/** Renders a route's page body for an address, as a document to query. */
export async function renderRoute(
  route: PageRoute,
  api: ApiClient,
  address: string,
  params: Record<string, string> = {},
): Promise<{ page: PageResult; document: Document }> {
  const url = new URL(address, 'http://site.test');
  const result = await route.render({ api, url, req: { params } as never });
  if (!('body' in result)) throw new Error(`${address} did not render a page`);
  const document = new Window().document as unknown as Document;
  document.body.innerHTML = renderToStaticMarkup(result.body);
  return { page: result, document };
}

/** The text of every element a selector matches, with spaces tidied. */
export function textsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}
