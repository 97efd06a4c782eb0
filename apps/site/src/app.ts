import { join } from 'node:path';
import { AppError } from '@peer-toolkit/core';
import compression from 'compression';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ApiClient } from './api/api-client.js';
import { errorPage, notFoundPage } from './pages/status-pages.js';
import type { Assets } from './render/assets.js';
import { PageNotFound, type PageResult, type PageRoute } from './render/page.js';
import { renderPage } from './render/render-page.js';
import { pageRoutes } from './routes.js';
import { robotsTxt, sitemapXml } from './sitemap.js';

export interface SiteDeps {
  api: ApiClient;
  assets: Assets;
  /** The built client files (dist/client). */
  clientDir: string;
  publicUrl: string;
  logger: Logger;
  routes?: PageRoute[];
}

/** Builds the site's Express app; `server.ts` only loads configuration and listens. */
export function createSiteApp({
  api,
  assets,
  clientDir,
  publicUrl,
  logger,
  routes = pageRoutes,
}: SiteDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');

  app.use(
    pinoHttp({
      logger,
      // Addresses are logged without their query: share codes and the labels people type for a
      // comparison travel there, and the site promises not to keep them.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(compression());
  // Hashed file names never change content, so they can be cached for a year.
  app.use(
    '/assets',
    express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  app.use(express.static(clientDir, { index: false, maxAge: '1d' }));

  const send = (req: Request, res: Response, page: PageResult) => {
    const canonical = `${publicUrl}${req.path === '/' ? '/' : req.path.replace(/\/+$/, '')}`;
    res.status(page.status ?? 200);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderPage(page, assets, canonical));
  };

  for (const route of routes) {
    app.get(route.path, async (req, res, next) => {
      try {
        const result = await route.render({ api, url: new URL(req.originalUrl, publicUrl), req });
        if ('redirect' in result) {
          res.redirect(303, result.redirect);
          return;
        }
        if ('download' in result) {
          const { filename, contentType, body } = result.download;
          // Personal results: never kept by shared caches.
          res.setHeader('Cache-Control', 'no-store');
          res.attachment(filename).type(contentType).send(body);
          return;
        }
        if ('fragment' in result) {
          res.setHeader('Cache-Control', 'no-cache');
          res.setHeader('X-Robots-Tag', 'noindex');
          res.type('html').send(renderToStaticMarkup(result.fragment));
          return;
        }
        send(req, res, result);
      } catch (error) {
        next(error);
      }
    });
  }

  app.get('/sitemap.xml', async (_req, res, next) => {
    try {
      res.type('application/xml').send(await sitemapXml(api, routes, publicUrl));
    } catch (error) {
      next(error);
    }
  });
  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').send(robotsTxt(publicUrl));
  });

  app.use((req, res) => send(req, res, notFoundPage()));
  app.use((error: unknown, req: Request, res: Response, _next: () => void) => {
    if (error instanceof PageNotFound) {
      send(req, res, notFoundPage());
      return;
    }
    req.log.error({ err: error }, 'Page failed');
    const unavailable = error instanceof AppError && error.code === 'UNAVAILABLE';
    send(req, res, {
      ...errorPage(unavailable ? error.safeMessage : undefined),
      status: unavailable ? 503 : 500,
    });
  });
  return app;
}
