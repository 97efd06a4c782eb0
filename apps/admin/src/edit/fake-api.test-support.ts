import {
  type AdminItem,
  type ContentTypeKey,
  contentTypes,
  revisionEtag,
  type SessionInfo,
} from '@peer-toolkit/core';
import { studyPublication } from '@peer-toolkit/core/fixtures';
import { vi } from 'vitest';

export interface Handled {
  status?: number;
  body?: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  ifMatch: string | null;
}

type Handler = (request: RecordedRequest) => Handled | undefined;

/**
 * A stand-in for the API: each request is offered to the handlers, newest first, and recorded.
 * Unanswered requests fail loudly, so a test cannot pass by never reaching the server.
 */
export function stubApi() {
  const handlers: Handler[] = [];
  const requests: RecordedRequest[] = [];
  const fetchStub = vi.fn(async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://admin.test');
    const headers = new Headers(init.headers);
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: `${url.pathname}${url.search}`.replace(/^\/api\/v1/, ''),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      ifMatch: headers.get('if-match'),
    };
    requests.push(request);
    for (const handler of [...handlers].reverse()) {
      const answer = handler(request);
      if (!answer) continue;
      const status = answer.status ?? 200;
      const responseHeaders: Record<string, string> = {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      };
      const etag = (answer.body as { etag?: unknown } | undefined)?.etag;
      if (typeof etag === 'string') responseHeaders.etag = etag;
      return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
        status,
        headers: responseHeaders,
      });
    }
    throw new Error(`No stub for ${request.method} ${request.path}`);
  });
  vi.stubGlobal('fetch', fetchStub);
  return {
    requests,
    /** Answers requests matching a method and a path (a string prefix or a pattern). */
    on(method: string, path: string | RegExp, answer: Handled | ((r: RecordedRequest) => Handled)) {
      handlers.push((request) => {
        if (request.method !== method) return undefined;
        const matches =
          typeof path === 'string'
            ? request.path === path || request.path.startsWith(`${path}?`)
            : path.test(request.path);
        if (!matches) return undefined;
        return typeof answer === 'function' ? answer(request) : answer;
      });
    },
  };
}

export type FakeApi = ReturnType<typeof stubApi>;

export function sessionFor(role: 'editor' | 'publisher' | 'admin'): SessionInfo {
  const later = new Date(Date.now() + 3_600_000).toISOString();
  return {
    stage: 'signed-in',
    user: {
      id: `user-${role}`,
      email: `${role}@example.org`,
      displayName: `A ${role}`,
      role,
      totpEnabled: true,
      mustChangePassword: false,
    },
    idleExpiresAt: later,
    expiresAt: later,
  };
}

export function problem(status: number, code: string, detail: string, extra: object = {}) {
  return {
    status,
    body: { type: `urn:test:${code}`, title: detail, status, detail, code, ...extra },
  };
}

/** An item as the editorial API returns it. */
export function adminItem(
  collection: ContentTypeKey,
  content: Record<string, unknown>,
  overrides: Partial<AdminItem> = {},
): AdminItem {
  const number = overrides.current?.number ?? 3;
  const title = String(content[contentTypes[collection].titleField] ?? content.id);
  return {
    collection,
    id: String(content.id),
    title,
    status: 'draft',
    inReview: false,
    deleted: false,
    deletedAt: null,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-02T10:00:00.000Z',
    current: {
      number,
      author: 'editor@example.org',
      authorName: 'Edie Editor',
      createdAt: '2025-01-02T10:00:00.000Z',
    },
    published: null,
    etag: revisionEtag(number),
    content,
    ...overrides,
  };
}

/** Pickers and the preview ask for lists of items and publications; answer with a few. */
export function answerLists(api: FakeApi) {
  api.on('GET', /^\/admin\/content\/[a-z-]+\?pageSize=100/, (request) => {
    const type = request.path.split('/')[3]?.split('?')[0];
    const items =
      type === 'publications'
        ? [adminItem('publications', studyPublication, { published: null })]
        : type === 'topics'
          ? [
              adminItem('topics', { id: 'role-definition', title: 'Defining the role' }),
              adminItem('topics', { id: 'supervision', title: 'Supervision and support' }),
            ]
          : [];
    return {
      body: {
        page: 1,
        pageSize: 100,
        total: items.length,
        totalPages: 1,
        items: items.map(({ content: _c, ...meta }) => meta),
      },
    };
  });
  api.on('GET', /^\/publications\?/, {
    body: { page: 1, pageSize: 100, total: 1, totalPages: 1, items: [studyPublication] },
  });
  api.on('GET', /\/related$/, problem(404, 'NOT_FOUND', 'Not published'));
}
