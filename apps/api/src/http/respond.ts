import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Published content may be stored by any cache but must be revalidated, so a publish shows at once. */
export const PUBLISHED_CACHE_CONTROL = 'public, no-cache';

export interface PreparedBody {
  body: string;
  etag: string;
}

/** A strong ETag from the bytes of the identity representation. */
export function prepareBody(value: unknown): PreparedBody {
  const body = JSON.stringify(value);
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 32);
  return { body, etag: `"${digest}"` };
}

/** Sends a prepared body, or 304 when the client already holds it. */
export function sendPrepared(req: Request, res: Response, prepared: PreparedBody, status = 200): void {
  res.status(status);
  res.setHeader('Content-Type', JSON_TYPE);
  res.setHeader('ETag', prepared.etag);
  res.setHeader('Cache-Control', PUBLISHED_CACHE_CONTROL);
  if (status === 200 && req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(prepared.body);
}

/** Sends a response that must not be stored, such as a score computed from someone's answers. */
export function sendUncached(res: Response, value: unknown, status = 200): void {
  res.status(status);
  res.setHeader('Content-Type', JSON_TYPE);
  res.setHeader('Cache-Control', 'no-store');
  res.send(JSON.stringify(value));
}
