import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ContentStore } from '../store/content-store.js';
import { requestIdFor } from './request-id.js';
import { writePrepared } from './respond.js';
import { ResponseCache } from './response-cache.js';

const API_PREFIX = '/api/v1';

/**
 * Answers repeat reads of published content straight from the response cache, before Express.
 * Only requests identical to one Express already validated and answered can hit, and they get
 * the same bytes and headers; everything else (misses, CORS requests, other methods) falls
 * through to Express. Express's own per-request set-up costs several times more than sending a
 * cached body, which is why this sits in front of it.
 */
export function withFastPath(options: {
  handler: RequestListener;
  cache: ResponseCache;
  store: ContentStore;
  logger: Logger;
  /** Headers every response carries (security headers), captured from the Express stack. */
  staticHeaders: [string, string | number | readonly string[]][];
}): RequestListener {
  const { handler, cache, store, logger, staticHeaders } = options;

  async function tryCache(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = req.url ?? '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !url.startsWith(`${API_PREFIX}/`))
      return false;
    if (req.headers.origin !== undefined) return false;
    const queryAt = url.indexOf('?');
    const path = (queryAt === -1 ? url : url.slice(0, queryAt)).slice(API_PREFIX.length);
    const key = ResponseCache.key(
      await store.contentVersion(),
      path,
      queryAt === -1 ? '' : url.slice(queryAt + 1),
    );
    const prepared = cache.get(key);
    if (!prepared) return false;

    const started = process.hrtime.bigint();
    const id = requestIdFor(req);
    for (const [name, value] of staticHeaders) res.setHeader(name, value);
    res.setHeader('X-Request-Id', id);
    writePrepared(req, res, prepared);
    if (logger.isLevelEnabled('info')) {
      const responseTime = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          req: { id, method: req.method, url, remoteAddress: req.socket.remoteAddress },
          res: { statusCode: res.statusCode },
          responseTime,
        },
        'request completed',
      );
    }
    return true;
  }

  return (req, res) => {
    tryCache(req, res).then(
      (handled) => {
        if (!handled) handler(req, res);
      },
      // Any trouble here (the store unavailable, say) is Express's to report.
      () => handler(req, res),
    );
  };
}
