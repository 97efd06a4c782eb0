import { renderToString } from 'react-dom/server';
import type { Assets } from './assets.js';
import { Document } from './document.js';
import type { PageResult } from './page.js';

/** A whole HTML document for a page. */
export function renderPage(page: PageResult, assets: Assets, canonicalUrl: string): string {
  return `<!doctype html>${renderToString(<Document page={page} assets={assets} canonicalUrl={canonicalUrl} />)}`;
}
