import type { IncomingMessage, Server } from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import type { RouteSpec } from '../../http/route.js';

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type Method = (typeof METHODS)[number];
/** The public site the fuzzed app allows by CORS. */
export const ALLOWED_ORIGIN = 'https://toolkit.example';
// Node answers a request line plus headers over 16 KB itself (431, no body), outside the app.
const MAX_HEAD_BYTES = 12_000;

/** One request as sent, byte for byte. */
export interface FuzzRequest {
  method: Method;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** The route template it was made for, to group what each route answered. */
  template?: string;
  /** The only statuses it may get, where that is known. */
  expected?: readonly number[];
}

/** A route to fuzz, from the route list or the extra operations. */
export interface Endpoint {
  method: Exclude<Method, 'HEAD' | 'OPTIONS'>;
  template: string;
  spec?: RouteSpec;
  /** Under /api/v1/admin/: needs a session (except signing in) and, to change things, CSRF proof. */
  admin: boolean;
}

/** A request body: its bytes as sent, and the headers that frame it. */
export interface Body {
  bytes: string | Uint8Array;
  headers: Record<string, string>;
}

/** Fills every :name in a template, with one value or a value per name. */
export function fillTemplate(template: string, param: string | ((name: string) => string)): string {
  return template.replace(/:(\w+)/g, (_match, name: string) =>
    typeof param === 'string' ? param : param(name),
  );
}

/** An upper bound on the request line and headers as sent: non-ASCII is percent-encoded, dot segments kept. */
function headBytes(req: FuzzRequest): number {
  const urlBytes = [...req.url].reduce(
    (sum, char) => sum + (char.charCodeAt(0) < 0x80 ? 1 : Buffer.byteLength(char) * 3),
    0,
  );
  return (
    urlBytes +
    Object.entries(req.headers).reduce(
      (sum, [name, value]) => sum + name.length + value.length + 4,
      0,
    )
  );
}

function readText(
  res: IncomingMessage,
  callback: (error: Error | null, body: string) => void,
): void {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
  });
  res.on('end', () => callback(null, text));
}

/** Sends the request exactly as made, and reads the answer as text, whatever its type. */
export async function sendFuzzRequest(
  server: Server,
  req: FuzzRequest,
): Promise<{ status: number; contentType: string; text: string }> {
  const verb = req.method.toLowerCase() as
    | 'get'
    | 'head'
    | 'post'
    | 'put'
    | 'patch'
    | 'delete'
    | 'options';
  let test = request(server)
    [verb](req.url)
    .redirects(0)
    .timeout(15_000)
    .buffer(true)
    .parse(readText as never);
  for (const [name, value] of Object.entries(req.headers)) test = test.set(name, value);
  if (req.body !== undefined) {
    const bytes = Buffer.from(req.body);
    // Sent as given, never re-serialised; the length is explicit because HEAD would send it unframed.
    test = test
      .set('Content-Length', String(bytes.length))
      .serialize((data: unknown) => data as string)
      .send(bytes);
  }
  const res = await test;
  return {
    status: res.status,
    contentType: String(res.headers['content-type'] ?? ''),
    text: typeof res.body === 'string' ? res.body : '',
  };
}

/** A request from its parts, dropping any whose head Node would refuse before the app sees it. */
export function requestArb(parts: {
  method: fc.Arbitrary<Method>;
  url: fc.Arbitrary<string>;
  headers: fc.Arbitrary<Record<string, string>>;
  body?: fc.Arbitrary<Body | undefined>;
  template?: string;
  expected?: readonly number[];
}): fc.Arbitrary<FuzzRequest> {
  const { template, expected } = parts;
  return fc
    .record({
      method: parts.method,
      url: parts.url,
      headers: parts.headers,
      body: parts.body ?? fc.constant(undefined),
    })
    .map(({ method, url, headers: given, body: sent }) => ({
      method,
      url: url.startsWith('/') ? url : `/${url}`,
      headers: { ...given, ...sent?.headers },
      ...(sent === undefined ? {} : { body: sent.bytes }),
      ...(template === undefined ? {} : { template }),
      ...(expected === undefined ? {} : { expected }),
    }))
    .filter((req) => headBytes(req) < MAX_HEAD_BYTES);
}
