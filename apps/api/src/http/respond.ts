import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Response } from 'express';
import fresh from 'fresh';
import Negotiator from 'negotiator';
import vary from 'vary';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Published content may be stored by any cache but must be revalidated, so a publish shows at once. */
export const PUBLISHED_CACHE_CONTROL = 'public, no-cache';

/** Smaller bodies are not worth compressing. */
const GZIP_THRESHOLD = 1024;

interface Representation {
  bytes: Buffer;
  etag: string;
}

/**
 * A response body serialised once, with a gzip copy made once. Each encoding is its own
 * representation with its own strong ETag, as HTTP requires of strong validators.
 */
export interface PreparedBody {
  identity: Representation;
  gzip: Representation | undefined;
}

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 32);
}

export function prepareBody(value: unknown): PreparedBody {
  const bytes = Buffer.from(JSON.stringify(value));
  const tag = digest(bytes);
  return {
    identity: { bytes, etag: `"${tag}"` },
    gzip:
      bytes.length >= GZIP_THRESHOLD ? { bytes: gzipSync(bytes), etag: `"${tag}-gz"` } : undefined,
  };
}

/**
 * Writes a prepared body in the encoding the client accepts, or 304 when the client already
 * holds that representation. Works on a bare Node response, so the fast path can use it too.
 */
export function writePrepared(
  req: IncomingMessage,
  res: ServerResponse,
  prepared: PreparedBody,
  status = 200,
): void {
  const wantsGzip =
    prepared.gzip !== undefined && new Negotiator(req).encoding(['gzip', 'identity']) === 'gzip';
  const chosen = wantsGzip && prepared.gzip ? prepared.gzip : prepared.identity;
  res.setHeader('Content-Type', JSON_TYPE);
  res.setHeader('ETag', chosen.etag);
  res.setHeader('Cache-Control', PUBLISHED_CACHE_CONTROL);
  vary(res, 'Accept-Encoding');
  if (status === 200 && fresh(req.headers, { etag: chosen.etag })) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = status;
  if (chosen !== prepared.identity) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', chosen.bytes.length);
  res.end(req.method === 'HEAD' ? undefined : chosen.bytes);
}

/** Sends a response that must not be stored, such as a score computed from someone's answers. */
export function sendUncached(res: Response, value: unknown, status = 200): void {
  res.status(status);
  res.setHeader('Content-Type', JSON_TYPE);
  res.setHeader('Cache-Control', 'no-store');
  res.send(JSON.stringify(value));
}
