// React pieces that show toolkit content. Server-rendered by the site; reused by the admin preview.
export * from './components/claim-list.js';
export * from './components/content-context.js';
export * from './components/evidence.js';
export * from './components/layout-pieces.js';
export * from './components/markdown.js';
export * from './components/publication-citation.js';
export * from './views/topic-view.js';
