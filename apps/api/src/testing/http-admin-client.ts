import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@peer-toolkit/core';

/** What a test needs from a response, whichever way the request was sent. */
export interface Reply {
  status: number;
  etag: string | undefined;
  /** The parsed JSON body; parse it with the endpoint's schema. */
  body: unknown;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** An admin session used over real HTTP, as a browser on the admin would send requests. */
export interface HttpAdminClient {
  cookie: string;
  send(
    method: Method,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

/** Requests to `${baseUrl}/api/v1<path>` with the admin's Origin, the CSRF header and a cookie. */
export function httpAdminClient(options: {
  baseUrl: string;
  origin: string;
  cookie: string;
  timeoutMs?: number;
}): HttpAdminClient {
  return {
    cookie: options.cookie,
    send: (method, path, body, headers) =>
      sendOverHttp({
        ...options,
        method,
        path,
        body,
        headers: { Cookie: options.cookie, ...headers },
      }),
  };
}

async function sendOverHttp(options: {
  baseUrl: string;
  origin: string;
  method: Method;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}): Promise<Reply & { setCookie: string[] }> {
  const hasBody = options.body !== undefined;
  const res = await fetch(`${options.baseUrl}/api/v1${options.path}`, {
    method: options.method.toUpperCase(),
    headers: {
      Origin: options.origin,
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(hasBody ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag') ?? undefined,
    body: text === '' ? undefined : JSON.parse(text),
    setCookie: res.headers.getSetCookie(),
  };
}

/** Signs in through the API over HTTP and returns a client holding the new session. */
export async function signInOverHttp(options: {
  baseUrl: string;
  origin: string;
  email: string;
  password: string;
}): Promise<HttpAdminClient> {
  const res = await sendOverHttp({
    ...options,
    method: 'post',
    path: '/admin/auth/sign-in',
    body: { email: options.email, password: options.password },
  });
  const cookie = res.setCookie
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.includes('ptk_session='));
  if (res.status !== 200 || !cookie) {
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return httpAdminClient({ baseUrl: options.baseUrl, origin: options.origin, cookie });
}
