// The published default content, served as the API serves it, for the change-model page's tests.
import { buildChangeModel } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import { ApiClient } from '../../api/api-client.js';

const bundle = loadDefaultBundle();

const page = <T>(items: T[]) => ({
  items,
  page: 1,
  pageSize: 100,
  total: items.length,
  totalPages: 1,
});

/** An ApiClient over a stub API with the default content; it records the paths it was asked. */
export function stubChangeModelApi() {
  const requests: string[] = [];
  const answers: Record<string, unknown> = {
    '/api/v1/change-model': buildChangeModel(bundle),
    '/api/v1/topics': page(bundle.topics),
    '/api/v1/publications': page(bundle.publications),
  };
  const fetcher = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    requests.push(url.pathname);
    const answer = answers[url.pathname];
    if (!answer) return new Response('{}', { status: 404 });
    return new Response(JSON.stringify(answer), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { api: new ApiClient('http://api.test', fetcher), requests, bundle };
}
