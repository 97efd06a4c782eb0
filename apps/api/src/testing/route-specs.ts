import { adminRoutes, apiRoutes } from '../app.js';
import type { RouteSpec } from '../http/route.js';
import type { AdminServices } from '../routes/admin/services.js';
import type { ContentStore } from '../store/content-store.js';

// Route specs only touch their stores and services when handling a request, so listing them
// needs none.

/** Every public route spec, for tests derived from the route list. */
export function listPublicRoutes(): RouteSpec[] {
  return apiRoutes({} as ContentStore);
}

/** Every admin route spec, for tests derived from the route list. */
export function listAdminRoutes(): RouteSpec[] {
  return adminRoutes({ stores: {} } as unknown as AdminServices);
}
