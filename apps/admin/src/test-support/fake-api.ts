import type { Role, SessionInfo, User } from '@peer-toolkit/core';
import { vi } from 'vitest';

/** One request the screen made, as the fake API saw it. */
export interface SeenRequest {
  method: string;
  /** Path under /api/v1, with its query. */
  path: string;
  body: unknown;
  /** The If-Match header sent, if any. */
  ifMatch?: string;
}

export interface FakeAnswer {
  status?: number;
  body?: unknown;
  etag?: string;
}

type Route = FakeAnswer | ((request: SeenRequest) => FakeAnswer);

/**
 * Stubs fetch with answers by "METHOD /path" (the query is ignored for matching, and kept in
 * `requests` for the test to read). An unknown route answers 404, so a wrong path fails a test.
 */
export function fakeApi(routes: Record<string, Route>) {
  const requests: SeenRequest[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const path = url.replace(/^\/api\/v1/, '');
    const method = init.method ?? 'GET';
    const ifMatch = (init.headers as Record<string, string> | undefined)?.['if-match'];
    const request: SeenRequest = {
      method,
      path,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      ...(ifMatch ? { ifMatch } : {}),
    };
    requests.push(request);
    const route = routes[`${method} ${path.split('?')[0]}`];
    const answer: FakeAnswer =
      typeof route === 'function'
        ? route(request)
        : (route ?? { status: 404, body: problem(404, 'NOT_FOUND', 'Not found') });
    return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: {
        'content-type': 'application/json',
        ...(answer.etag ? { etag: answer.etag } : {}),
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    /** The requests other than the session check every screen starts with. */
    actions: () => requests.filter((r) => r.path !== '/admin/auth/session'),
  };
}

export function problem(
  status: number,
  code: string,
  detail: string,
  issues?: { path: (string | number)[]; message: string; rule?: string }[],
) {
  return {
    type: `https://example.org/problems/${code}`,
    title: code,
    status,
    detail,
    code,
    ...(issues ? { issues: issues.map((issue) => ({ rule: 'x', ...issue })) } : {}),
  };
}

export function sessionFor(
  user: { role?: Role; totpEnabled?: boolean; mustChangePassword?: boolean; id?: string } = {},
  stage: SessionInfo['stage'] = 'signed-in',
): SessionInfo {
  return {
    stage,
    user: {
      id: user.id ?? 'u-me',
      email: 'me@example.org',
      displayName: 'Morgan Admin',
      role: user.role ?? 'admin',
      totpEnabled: user.totpEnabled ?? false,
      mustChangePassword: user.mustChangePassword ?? false,
    },
    idleExpiresAt: '2030-01-01T01:00:00.000Z',
    expiresAt: '2030-01-01T08:00:00.000Z',
  };
}

export function userFixture(overrides: Partial<User> = {}): User {
  return {
    id: 'u-sam',
    email: 'sam@example.org',
    displayName: 'Sam Lee',
    role: 'editor',
    totpEnabled: false,
    mustChangePassword: false,
    disabled: false,
    activeSessions: 2,
    lastSignInAt: '2026-03-03T14:05:00.000Z',
    createdAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}
