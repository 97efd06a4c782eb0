import helmet from 'helmet';

/**
 * Helmet's headers, fitted to how the API is reached. Over plain HTTP (a pilot on a local
 * network, say) the browser must not be told to upgrade requests to HTTPS: the admin's own
 * scripts would then be asked for over HTTPS, which is not there, and the admin would be blank.
 * HSTS likewise only means something over HTTPS. Both are on when the public origin is HTTPS.
 */
export function securityHeaders(publicOrigin: string) {
  const https = new URL(publicOrigin).protocol === 'https:';
  return helmet({
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
    strictTransportSecurity: https,
  });
}
