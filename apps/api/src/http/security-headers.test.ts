import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

async function headersFor(publicOrigin: string) {
  const app = express();
  app.use(securityHeaders(publicOrigin));
  app.get('/', (_req, res) => {
    res.send('ok');
  });
  return (await request(app).get('/')).headers;
}

describe('security headers', () => {
  it('over plain HTTP, never ask the browser to upgrade to HTTPS, which would blank the admin', async () => {
    const headers = await headersFor('http://toolkit.internal:4000');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('over HTTPS, upgrade requests and send HSTS', async () => {
    const headers = await headersFor('https://toolkit.example.org');
    expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
