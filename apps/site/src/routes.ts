import { accessibilityRoute } from './pages/accessibility/accessibility-page.js';
import { changeModelRoute } from './pages/change-model/change-model-page.js';
import { homeRoute } from './pages/home-page.js';
import { principlesRoute } from './pages/principles/principles-page.js';
import { publicationsRoute } from './pages/research/publications-page.js';
import { researchRoute } from './pages/research/research-page.js';
import { riskAreaRoute, riskIndexRoute } from './pages/risk/risk-pages.js';
import { roleRoute, rolesIndexRoute } from './pages/roles/roles-pages.js';
import { searchRoute } from './pages/search/search-page.js';
import { selfAssessmentRoutes } from './pages/self-assessment/self-assessment-pages.js';
import { sharedExpectationsRoutes } from './pages/shared-expectations/shared-expectations-pages.js';
import { topicRoute, topicsIndexRoute } from './pages/topics/topics-pages.js';
import type { PageRoute } from './render/page.js';

/** Every page of the site. Order matters only where paths overlap. */
export const pageRoutes: PageRoute[] = [
  homeRoute,
  topicsIndexRoute,
  topicRoute,
  searchRoute,
  riskIndexRoute,
  riskAreaRoute,
  rolesIndexRoute,
  roleRoute,
  principlesRoute,
  researchRoute,
  publicationsRoute,
  accessibilityRoute,
  ...selfAssessmentRoutes,
  ...sharedExpectationsRoutes,
  changeModelRoute,
];
