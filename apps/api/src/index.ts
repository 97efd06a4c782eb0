// For other packages' tests and tools: build the app and open its store without a port.
export { apiRoutes, createApp, extraOperations } from './app.js';
export { type ApiConfig, loadEnv } from './env.js';
export type { ContentStore } from './store/content-store.js';
export { openStore } from './store/open-store.js';
