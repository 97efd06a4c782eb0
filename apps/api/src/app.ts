import { AppError } from '@peer-toolkit/core';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ApiConfig } from './env.js';
import { AllowedMethods } from './http/allowed-methods.js';
import { mountRoutes } from './http/mount-routes.js';
import { problemHandler, sendProblem } from './http/problem-handler.js';
import { requestIdFor } from './http/request-id.js';
import type { RouteSpec } from './http/route.js';
import { buildOpenApi, type ExtraOperation } from './openapi/build-openapi.js';
import { assessmentRoutes } from './routes/assessment-routes.js';
import { catalogueRoutes } from './routes/catalogue-routes.js';
import { contentRoutes } from './routes/content-routes.js';
import { mountDocs } from './routes/docs-routes.js';
import { searchRoutes } from './routes/search-routes.js';
import type { ContentStore } from './store/content-store.js';

export const API_VERSION = '1.0.0';

export interface AppDeps {
  store: ContentStore;
  config: Pick<ApiConfig, 'allowedOrigins' | 'logLevel'>;
  logger?: Logger;
}

/** Every JSON endpoint under /api/v1, described once. */
export function apiRoutes(store: ContentStore): RouteSpec[] {
  return [...catalogueRoutes(store), ...contentRoutes(store), ...searchRoutes(store), ...assessmentRoutes(store)];
}

/** Endpoints served outside the JSON route list, documented alongside it. */
export const extraOperations: ExtraOperation[] = [
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API described in OpenAPI 3.1',
    description: 'Generated from the schemas the server validates with.',
    tags: ['Reference'],
    contentType: 'application/json',
    underApi: true,
  },
  {
    method: 'get',
    path: '/docs',
    operationId: 'getApiReference',
    summary: 'A readable reference of this API',
    description: 'An HTML page rendering the OpenAPI document.',
    tags: ['Reference'],
    contentType: 'text/html',
    underApi: true,
  },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'getLiveness',
    summary: 'Liveness: the process is running',
    description: 'Always 200 while the process can answer.',
    tags: ['Operations'],
    contentType: 'application/json',
    underApi: false,
  },
  {
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    summary: 'Readiness: the database answers',
    description: '200 when requests can be served; 503 otherwise.',
    tags: ['Operations'],
    contentType: 'application/json',
    underApi: false,
  },
];

/** Builds the Express app. `server.ts` only loads configuration and listens; tests call this. */
export function createApp({ store, config, logger }: AppDeps): Express {
  const log = logger ?? pino({ level: config.logLevel });
  const routes = apiRoutes(store);
  const allowed = new AllowedMethods();
  const app = express();
  app.disable('x-powered-by');
  // ETags are strong hashes set by the routes themselves.
  app.set('etag', false);

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const id = requestIdFor(req);
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
  app.use(helmet());
  app.use(
    cors({
      origin: (origin, callback) => callback(null, origin !== undefined && config.allowedOrigins.includes(origin)),
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
      sendProblem(req, res, new AppError('UNAVAILABLE', 'Store not ready', { safeMessage: 'The service is starting or its database is unavailable.' }));
    }
  });
  for (const extra of extraOperations) {
    allowed.add(`${extra.underApi ? '/api/v1' : ''}${extra.path}`, extra.method);
  }

  const api = express.Router();
  mountRoutes({ router: api, routes, store, allowed: prefixed(allowed, '/api/v1') });
  mountDocs(api, buildOpenApi({ routes, extra: extraOperations, version: API_VERSION }));
  app.use('/api/v1', api);

  app.use((req, res) => {
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
  });
  app.use(problemHandler);
  return app;
}

function prefixed(allowed: AllowedMethods, prefix: string): AllowedMethods {
  return { add: (path: string, method) => allowed.add(`${prefix}${path}`, method), for: (path) => allowed.for(path) } as AllowedMethods;
}
