import type { RequestListener } from 'node:http';
import { AppError } from '@peer-toolkit/core';
import compression from 'compression';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import { type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';
import vary from 'vary';
import { AuthService } from './auth/auth-service.js';
import { SessionCookie } from './auth/session-cookie.js';
import type { ApiConfig } from './env.js';
import { adminAppRouter } from './http/admin-app.js';
import { AllowedMethods } from './http/allowed-methods.js';
import { withFastPath } from './http/fast-path.js';
import { mountRoutes } from './http/mount-routes.js';
import { problemHandler, sendProblem } from './http/problem-handler.js';
import { requestIdFor } from './http/request-id.js';
import { ResponseCache } from './http/response-cache.js';
import type { RouteSpec } from './http/route.js';
import { securityHeaders } from './http/security-headers.js';
import { buildOpenApi } from './openapi/build-openapi.js';
import { auditRoutes } from './routes/admin/audit-routes.js';
import { authRoutes } from './routes/admin/auth-routes.js';
import { editorialRoutes } from './routes/admin/editorial-routes.js';
import { historyRoutes } from './routes/admin/history-routes.js';
import type { AdminServices } from './routes/admin/services.js';
import { transferRoutes } from './routes/admin/transfer-routes.js';
import { userRoutes } from './routes/admin/user-routes.js';
import { assessmentRoutes } from './routes/assessment-routes.js';
import { catalogueRoutes } from './routes/catalogue-routes.js';
import { contentRoutes } from './routes/content-routes.js';
import { mountDocs } from './routes/docs-routes.js';
import { extraOperations } from './routes/extra-operations.js';
import { searchRoutes } from './routes/search-routes.js';
import type { ContentStore } from './store/content-store.js';
import type { Stores } from './store/open-store.js';

export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';

export type AppConfig = Pick<
  ApiConfig,
  | 'allowedOrigins'
  | 'logLevel'
  | 'publicOrigin'
  | 'adminOrigins'
  | 'trustProxy'
  | 'sessionIdleMinutes'
  | 'sessionMaxHours'
> & { adminDir?: string | undefined };

export interface AppDeps {
  stores: Stores;
  config: AppConfig;
  logger?: Logger;
  /** Milliseconds since the epoch; tests move it to check expiry and throttling. */
  clock?: () => number;
}

export interface ToolkitApp {
  /** The Express application: every route, middleware and error handler. */
  express: Express;
  /** What a server listens with: cached published reads answered first, then Express. */
  handle: RequestListener;
}

/** Every public JSON endpoint under /api/v1, described once. */
export function apiRoutes(store: ContentStore): RouteSpec[] {
  return [
    ...catalogueRoutes(store),
    ...contentRoutes(store),
    ...searchRoutes(store),
    ...assessmentRoutes(store),
  ];
}

/** Every authenticated endpoint under /api/v1/admin. */
export function adminRoutes(services: AdminServices): RouteSpec[] {
  return [
    ...authRoutes(services),
    ...userRoutes(services),
    ...editorialRoutes(services),
    ...historyRoutes(services),
    ...auditRoutes(services),
    ...transferRoutes(services),
  ];
}

/** The headers a middleware sets on every response, found by running it once on a stub. */
function headersSetBy(middleware: RequestHandler): [string, string | number | readonly string[]][] {
  const headers = new Map<string, string | number | readonly string[]>();
  const stub = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
    getHeader: (name: string) => headers.get(name),
  };
  middleware({ headers: {} } as never, stub as never, () => {});
  return [...headers];
}

function sendNotFoundOrNotAllowed(allowed: AllowedMethods): RequestHandler {
  return (req, res) => {
    const methods = allowed.for(req.path);
    if (methods.length > 0) {
      res.setHeader('Allow', methods.join(', '));
      sendProblem(
        req,
        res,
        new AppError('METHOD_NOT_ALLOWED', `${req.method} ${req.path}`, {
          safeMessage: `${req.method} is not allowed here. Allowed: ${methods.join(', ')}.`,
        }),
      );
      return;
    }
    sendProblem(
      req,
      res,
      new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}`, {
        safeMessage: 'There is nothing at this address. The API reference is at /api/v1/docs.',
      }),
    );
  };
}

/** Builds the app. `server.ts` only loads configuration and listens; tests call this. */
export function createApp({ stores, config, logger, clock = Date.now }: AppDeps): ToolkitApp {
  const log = logger ?? pino({ level: config.logLevel });
  const store = stores.content;
  const auth = new AuthService(stores, config, clock);
  const cookie = new SessionCookie(config.publicOrigin);
  const services: AdminServices = { stores, auth, cookie, clock };
  const routes = [...apiRoutes(store), ...adminRoutes(services)];
  const allowed = new AllowedMethods();
  const cache = new ResponseCache();
  const security = securityHeaders(config.publicOrigin);
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client address comes from X-Forwarded-For; otherwise never.
  // Only the entry the proxy itself added counts: earlier entries are whatever the client sent,
  // and trusting them would let anyone pick a new address per attempt to dodge throttling.
  app.set('trust proxy', config.trustProxy ? 1 : false);
  // ETags are strong hashes set by the routes themselves.
  app.set('etag', false);

  app.use(
    pinoHttp({
      logger: log,
      // Only what an operator needs; never headers, which will carry cookies and tokens.
      serializers: {
        req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      genReqId: (req, res) => {
        const id = requestIdFor(req);
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
  app.use(security);
  const varyOrigin: RequestHandler = (_req, res, next) => {
    vary(res, 'Origin');
    next();
  };
  if (config.allowedOrigins.length > 0) {
    // cors() adds Vary: Origin only when it allows the origin. Published reads are cacheable by
    // shared caches, so every response must say it varies, or a copy without CORS headers could
    // be served to an allowed origin.
    app.use(varyOrigin);
  }
  app.use(
    cors({
      origin: (origin, callback) =>
        callback(null, origin !== undefined && config.allowedOrigins.includes(origin)),
      methods: ['GET', 'HEAD', 'POST'],
      exposedHeaders: ['ETag', 'X-Request-Id'],
      maxAge: 600,
    }),
  );
  app.use(compression());

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    try {
      await store.checkReady();
      res.setHeader('Cache-Control', 'no-store');
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.error({ err: error }, 'Not ready');
      sendProblem(
        req,
        res,
        new AppError('UNAVAILABLE', 'Store not ready', {
          safeMessage: 'The service is starting or its database is unavailable.',
        }),
      );
    }
  });
  for (const extra of extraOperations) allowed.add(extra.path, extra.method);

  const api = express.Router();
  mountRoutes({
    router: api,
    prefix: API_PREFIX,
    routes,
    store,
    cache,
    allowed,
    auth,
    cookie,
    adminOrigins: config.adminOrigins,
  });
  mountDocs(
    api,
    buildOpenApi({
      routes,
      extra: extraOperations,
      version: API_VERSION,
      sessionCookieName: cookie.name,
    }),
  );
  app.use(API_PREFIX, api);
  if (config.adminDir) app.use('/admin', adminAppRouter(config.adminDir));
  app.use(sendNotFoundOrNotAllowed(allowed));
  app.use(problemHandler);

  const staticHeaders = [
    ...headersSetBy(security),
    ...(config.allowedOrigins.length > 0 ? headersSetBy(varyOrigin) : []),
  ];
  return {
    express: app,
    handle: withFastPath({ handler: app, cache, store, logger: log, staticHeaders }),
  };
}
