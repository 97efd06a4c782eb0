import type { Crumb } from '@peer-toolkit/ui';
import type { Request } from 'express';
import type { ReactElement } from 'react';
import type { ApiClient } from '../api/api-client.js';
import type { ClientScript } from './assets.js';

/** The main sections of the site, for the navigation's "you are here". */
export type Section =
  | 'home'
  | 'topics'
  | 'change-model'
  | 'risk'
  | 'roles'
  | 'self-assessment'
  | 'search'
  | 'about';

export interface PageContext {
  api: ApiClient;
  /** The request's address, relative to the site. */
  url: URL;
  req: Request;
}

export interface PageResult {
  status?: number;
  /** The page's own title; the site name is added after it. */
  title: string;
  /** For search results and link previews: one or two plain sentences. */
  description: string;
  body: ReactElement;
  breadcrumbs?: Crumb[];
  section?: Section;
  scripts?: ClientScript[];
  /** Pages that depend on a query (results, codes) are not for search engines. */
  noindex?: boolean;
}

/** A redirect instead of a page, such as after a form step. */
export interface Redirect {
  redirect: string;
}

/** A file to download instead of a page, such as a person's results as text. */
export interface Download {
  download: { filename: string; contentType: string; body: string };
}

/** Part of a page, for a script that updates the page it is on (search as you type). */
export interface Fragment {
  fragment: ReactElement;
}

export interface PageRoute {
  /** Express path, like "/topics/:slug". */
  path: string;
  render(context: PageContext): Promise<PageResult | Redirect | Download | Fragment>;
  /** Every address this route serves without a query, for the sitemap and the static export. */
  listPaths?(api: ApiClient): Promise<string[]>;
}

export class PageNotFound extends Error {}
