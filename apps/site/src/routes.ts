import { homeRoute } from './pages/home-page.js';
import { topicRoute, topicsIndexRoute } from './pages/topics/topics-pages.js';
import type { PageRoute } from './render/page.js';

/** Every page of the site. Order matters only where paths overlap. */
export const pageRoutes: PageRoute[] = [homeRoute, topicsIndexRoute, topicRoute];
