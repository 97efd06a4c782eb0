import type { ComponentType } from 'react';

/**
 * Screens beyond the content lists, added by their own modules. Each is a wouter route under
 * /admin; order matters only where paths overlap (more specific first).
 */
export const adminRoutes: {
  path: string;
  component: ComponentType<{ params: Record<string, string | undefined> }>;
}[] = [];
