// The site's own servers for the page budget: the built site, and the bare baseline replaying it.
import { startForkedServer, startNodeServer } from '@peer-toolkit/bench-kit/node-server';

/** The built site reading that API; robots.txt answers without calling the API. */
export function startSite({ entry, cwd, apiUrl, track }) {
  return startNodeServer({
    name: 'site',
    entry,
    cwd,
    // As deployed: React's development build renders about half as fast. Errors only are logged,
    // to explain a failed page. An empty public address means the site's own origin.
    env: { API_URL: apiUrl, LOG_LEVEL: 'error', NODE_ENV: 'production', PUBLIC_SITE_URL: '' },
    portVariable: 'SITE_PORT',
    readyPath: '/robots.txt',
    track,
  });
}

/** Forks the bare server and hands it the captured responses; resolves once it listens. */
export function startBaseline({ entry, routes, track }) {
  return startForkedServer({
    name: 'baseline server',
    entry,
    message: {
      routes: routes.map(({ path, headers, identity, gzip }) => ({
        path,
        headers,
        identity: identity.toString('base64'),
        gzip: gzip?.toString('base64'),
      })),
    },
    track,
  });
}
