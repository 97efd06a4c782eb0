import { AppError, validationError } from '@peer-toolkit/core';
import express, { type Request, type Response, type Router } from 'express';
import type { z } from 'zod';
import type { AuthService } from '../auth/auth-service.js';
import type { SessionCookie } from '../auth/session-cookie.js';
import type { ContentStore } from '../store/content-store.js';
import type { AllowedMethods } from './allowed-methods.js';
import { checkAccess, checkCsrf } from './guard.js';
import { prepareBody, sendUncached, writePrepared } from './respond.js';
import { ResponseCache } from './response-cache.js';
import { needsCsrfCheck, type RouteSpec } from './route.js';

const JSON_BODY_LIMIT = '64kb';

function parsePart(
  schema: z.ZodType | undefined,
  value: unknown,
  part: 'params' | 'query' | 'body',
) {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error, { prefix: [part] });
  return parsed.data;
}

/** Every response body is checked against its documented schema before anyone sees it. */
function checkResponse(spec: RouteSpec, status: number, body: unknown): void {
  const documented = spec.responses.find((response) => response.status === status);
  if (!documented)
    throw new Error(`${spec.operationId} answered ${status}, which it does not document`);
  const result = documented.schema?.safeParse(body);
  if (result && !result.success) {
    throw new Error(
      `${spec.operationId} produced a response that breaks its schema: ${result.error.message}`,
    );
  }
}

function cacheKey(version: number, req: Request): string {
  const queryAt = req.url.indexOf('?');
  return ResponseCache.key(version, req.path, queryAt === -1 ? '' : req.url.slice(queryAt + 1));
}

/** Requests that carry a body must say it is JSON. */
function requireJson(req: Request): void {
  if (!req.is('application/json')) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type was ${req.get('content-type') ?? 'missing'}`,
      {
        safeMessage:
          'Send the request body as JSON, with the header Content-Type: application/json.',
      },
    );
  }
}

/**
 * Registers the routes on a router: input validation, the handler, output validation, and for
 * published reads a response cache keyed by the content version, with strong ETags.
 */
export function mountRoutes(options: {
  router: Router;
  /** Where the router is mounted, for the 405 table. */
  prefix: string;
  routes: RouteSpec[];
  store: ContentStore;
  cache: ResponseCache;
  allowed: AllowedMethods;
  auth: AuthService;
  cookie: SessionCookie;
  /** Origins state-changing admin requests may come from. */
  adminOrigins: readonly string[];
}): void {
  const { router, prefix, routes, store, cache, allowed, auth, cookie, adminOrigins } = options;
  const jsonBody = (limit = JSON_BODY_LIMIT) =>
    express.json({ limit, strict: true, type: 'application/json' });

  for (const spec of routes) {
    allowed.add(`${prefix}${spec.path}`, spec.method);
    const [success] = spec.responses;
    const handler = async (req: Request, res: Response) => {
      const key =
        spec.cache === 'published' ? cacheKey(await store.contentVersion(), req) : undefined;
      const cached = key === undefined ? undefined : cache.get(key);
      if (cached) {
        writePrepared(req, res, cached, success.status);
        return;
      }
      const session =
        (spec.access ?? 'public') === 'public' && !spec.path.startsWith('/admin/')
          ? undefined
          : await auth.resolve(cookie.read(req));
      checkAccess(spec, session);
      const input = {
        params: parsePart(spec.params, req.params, 'params'),
        query: parsePart(spec.query, req.query, 'query'),
        body: parsePart(spec.body, req.body, 'body'),
        auth: session,
        client: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
        req,
        res,
      };
      if (key !== undefined) {
        const { body } = await spec.handle(input);
        checkResponse(spec, success.status, body);
        const prepared = prepareBody(body);
        cache.set(key, prepared);
        writePrepared(req, res, prepared, success.status);
        return;
      }
      const { status = success.status, body, headers } = await spec.handle(input);
      checkResponse(spec, status, body);
      for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
      sendUncached(res, body, status);
    };

    if (spec.method === 'get') {
      router.get(spec.path, handler);
    } else {
      router[spec.method](
        spec.path,
        (req, _res, next) => {
          // The origin check comes first: a forged request is refused before its body is read.
          if (needsCsrfCheck(spec)) checkCsrf(req, adminOrigins);
          if (spec.body) requireJson(req);
          next();
        },
        jsonBody(spec.bodyLimit),
        handler,
      );
    }
  }
}
