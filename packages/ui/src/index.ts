// React pieces that show toolkit content. Server-rendered by the site; reused by the admin preview.
export * from './components/claim-list.js';
export * from './components/content-context.js';
export * from './components/evidence.js';
export * from './components/layout-pieces.js';
export * from './components/markdown.js';
export * from './components/publication-citation.js';
export * from './views/change-model/change-model-diagram.js';
export * from './views/change-model/change-model-index.js';
export * from './views/change-model/change-model-text.js';
export * from './views/change-model/change-model-view.js';
export { type ChangeModelLayout, layoutChangeModel } from './views/change-model/layout.js';
export * from './views/context-view.js';
export * from './views/principle-set-view.js';
export * from './views/risk-area-view.js';
export * from './views/role-view.js';
export * from './views/topic-view.js';
