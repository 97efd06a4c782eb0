// For other packages' tests and tools: build the app and open its store without a port.
export { API_PREFIX, apiRoutes, createApp, type ToolkitApp } from './app.js';
export { type ApiConfig, loadEnv } from './env.js';
export { extraOperations } from './routes/extra-operations.js';
export type { ContentStore } from './store/content-store.js';
export { openStore } from './store/open-store.js';
