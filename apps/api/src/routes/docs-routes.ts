import { createRequire } from 'node:module';
import express, { type Router } from 'express';
import { prepareBody, writePrepared } from '../http/respond.js';
import type { OpenApiDocument } from '../openapi/build-openapi.js';

const require = createRequire(import.meta.url);
const swaggerUiPath = (
  require('swagger-ui-dist') as { getAbsoluteFSPath: () => string }
).getAbsoluteFSPath();

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Peer Worker Toolkit API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs/assets/swagger-ui.css">
</head>
<body>
<main id="docs">
<h1>Peer Worker Toolkit API reference</h1>
<noscript><p>The interactive reference needs JavaScript. The full description is in
<a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p></noscript>
</main>
<script src="docs/assets/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

// Served as a file, not inline, so the Content-Security-Policy can forbid inline scripts.
const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.SwaggerUIBundle({ url: 'openapi.json', dom_id: '#docs', deepLinking: true });
});
`;

/** The OpenAPI document and a readable reference page, served by the API itself. */
export function mountDocs(router: Router, openApi: OpenApiDocument): void {
  const prepared = prepareBody(openApi);
  router.get('/openapi.json', (req, res) => writePrepared(req, res, prepared));
  router.get('/docs', (req, res) => {
    // The page's links are relative, so they only resolve from /docs, not /docs/.
    if (req.path.endsWith('/')) {
      res.redirect(301, '../docs');
      return;
    }
    res.type('html').setHeader('Cache-Control', 'public, no-cache').send(DOCS_PAGE);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('js').setHeader('Cache-Control', 'public, no-cache').send(INIT_SCRIPT);
  });
  router.use('/docs/assets', express.static(swaggerUiPath, { index: false, maxAge: '1d' }));
}
