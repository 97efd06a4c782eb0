import { match } from 'path-to-regexp';
import type { HttpMethod } from './route.js';

/**
 * Knows every route's full path and method, so a request for a known path with another method
 * gets 405 with an Allow header instead of 404.
 */
export class AllowedMethods {
  private readonly routes: { matches: (path: string) => boolean; method: HttpMethod }[] = [];

  add(path: string, method: HttpMethod): void {
    const matcher = match(path, { decode: false });
    this.routes.push({ matches: (candidate) => matcher(candidate) !== false, method });
  }

  /** Methods allowed on a path, with HEAD wherever GET is; empty when no route has the path. */
  for(path: string): string[] {
    const methods = new Set<string>();
    for (const route of this.routes) {
      if (!route.matches(path)) continue;
      methods.add(route.method.toUpperCase());
      if (route.method === 'get') methods.add('HEAD');
    }
    if (methods.size > 0) methods.add('OPTIONS');
    return [...methods].sort();
  }
}
