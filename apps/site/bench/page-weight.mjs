// Page weight: each page's HTML and every file it references, fetched from the site as a browser
// would (Accept-Encoding: gzip), measured as sent. Also captures the bytes the baseline serves.
import { gunzipSync } from 'node:zlib';
import { get } from '@peer-toolkit/bench-kit/http-get';

const BROWSER_HEADERS = { 'accept-encoding': 'gzip', accept: '*/*' };
/** The headers the baseline copies besides Content-Encoding and Vary, which it decides itself. */
const COPIED_HEADERS = ['content-type', 'cache-control', 'etag', 'last-modified'];
/** Link relations a browser fetches while loading a page. */
const FETCHED_LINKS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest']);

const decodeEntities = (value) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

function attributesOf(tag) {
  const attributes = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) {
    attributes[name.toLowerCase()] = decodeEntities(value);
  }
  return attributes;
}

/** The addresses a browser requests to show the page: stylesheets, scripts, icons, images. */
function referencesInHtml(html) {
  const found = [];
  for (const [tag, name] of html.matchAll(/<(link|script|img)\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const kind = name.toLowerCase();
    if (kind === 'link') {
      const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      if (attributes.href && rels.some((rel) => FETCHED_LINKS.has(rel)))
        found.push(attributes.href);
    } else if (attributes.src) {
      found.push(attributes.src);
    }
  }
  return found;
}

/** Fonts and images a stylesheet pulls in, and the modules a script imports statically. */
function referencesInFile(kind, text) {
  if (kind === 'css') {
    return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
      .map(([, url]) => url)
      .filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
  }
  if (kind === 'js') {
    return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+)["']/g)].map(([, url]) => url);
  }
  return [];
}

function kindOf(contentType = '') {
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('html')) return 'html';
  return 'other';
}

/** One response as a browser receives it, and as the baseline will replay it. */
async function fetchAsSent(url) {
  const response = await get(url, BROWSER_HEADERS);
  if (response.status !== 200) {
    throw new Error(`GET ${url} answered ${response.status}`);
  }
  const encoding = response.headers['content-encoding'];
  if (encoding && encoding !== 'gzip') throw new Error(`GET ${url} came back ${encoding}-encoded`);
  const identity = encoding === 'gzip' ? gunzipSync(response.body) : response.body;
  const headers = Object.fromEntries(
    COPIED_HEADERS.filter((name) => response.headers[name] !== undefined).map((name) => [
      name,
      response.headers[name],
    ]),
  );
  return {
    kind: kindOf(response.headers['content-type']),
    encoding: encoding ?? 'identity',
    rawBytes: identity.length,
    sentBytes: response.body.length,
    wireBytes: response.wireBytes,
    headers,
    identity,
    gzip: encoding === 'gzip' ? response.body : undefined,
  };
}

const sum = (values) => values.reduce((total, value) => total + value, 0);

/**
 * Measures each page and everything it loads. Returns the figures per page and the responses
 * (by path) for the baseline. Files shared between pages are fetched once but counted on each
 * page, as a first visit to that page would download them.
 */
export async function measurePages(origin, pages) {
  const responses = new Map();
  const fetchOnce = async (path) => {
    if (!responses.has(path)) responses.set(path, await fetchAsSent(`${origin}${path}`));
    return responses.get(path);
  };

  const results = [];
  for (const page of pages) {
    const document = await fetchOnce(page.path);
    if (document.kind !== 'html') throw new Error(`${page.path} is not HTML`);
    const pageUrl = new URL(page.path, origin);
    const files = new Map();
    const pending = referencesInHtml(document.identity.toString('utf8')).map(
      (ref) => new URL(ref, pageUrl),
    );
    while (pending.length > 0) {
      const url = pending.shift();
      if (url.origin !== origin) throw new Error(`${page.path} loads ${url.href} from elsewhere`);
      const path = `${url.pathname}${url.search}`;
      if (files.has(path)) continue;
      const file = await fetchOnce(path);
      files.set(path, file);
      for (const ref of referencesInFile(file.kind, file.identity.toString('utf8'))) {
        pending.push(new URL(ref, url));
      }
    }

    const all = [...files.entries()].map(([path, file]) => ({ path, ...file }));
    const ofKind = (kind) => all.filter((file) => file.kind === kind);
    results.push({
      ...page,
      htmlRaw: document.rawBytes,
      htmlSent: document.sentBytes,
      htmlEncoding: document.encoding,
      cssSent: sum(ofKind('css').map((file) => file.sentBytes)),
      jsSent: sum(ofKind('js').map((file) => file.sentBytes)),
      otherSent: sum(ofKind('other').map((file) => file.sentBytes)),
      scripts: ofKind('js').map((file) => file.path),
      files: all.map(({ path, kind, encoding, sentBytes }) => ({
        path,
        kind,
        encoding,
        sentBytes,
      })),
      totalWire: document.wireBytes + sum(all.map((file) => file.wireBytes)),
    });
  }

  // Crawlers' and Lighthouse's extra request, so the baseline answers it too.
  await fetchOnce('/robots.txt');
  const routes = [...responses.entries()].map(([path, { headers, identity, gzip }]) => ({
    path,
    headers,
    identity,
    gzip,
  }));
  return { results, routes };
}
