import type { ApiClient } from './api/api-client.js';
import type { PageRoute } from './render/page.js';

/** Every address the site serves without a query, for the sitemap and the static export. */
export async function listSitePaths(
  api: ApiClient,
  routes: readonly PageRoute[],
): Promise<string[]> {
  const paths = new Set<string>();
  for (const route of routes) {
    if (route.listPaths) for (const path of await route.listPaths(api)) paths.add(path);
    else if (!route.path.includes(':')) paths.add(route.path);
  }
  return [...paths].sort();
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (char) =>
      ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char,
  );

export async function sitemapXml(
  api: ApiClient,
  routes: readonly PageRoute[],
  publicUrl: string,
): Promise<string> {
  const urls = (await listSitePaths(api, routes)).map(
    (path) => `  <url><loc>${escapeXml(`${publicUrl}${path}`)}</loc></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(publicUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /self-assessment/results\nDisallow: /shared-expectations/compare\n\nSitemap: ${publicUrl}/sitemap.xml\n`;
}
