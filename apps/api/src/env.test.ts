import { describe, expect, it } from 'vitest';
import { configurationWarnings, loadEnv } from './env.js';

describe('loadEnv', () => {
  it('uses safe defaults: localhost only, no CORS origins', () => {
    const config = loadEnv({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      allowedOrigins: [],
      logLevel: 'info',
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads every variable', () => {
    const config = loadEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/toolkit',
      ALLOWED_ORIGINS: 'https://toolkit.example.org, http://localhost:5173',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/toolkit',
      allowedOrigins: ['https://toolkit.example.org', 'http://localhost:5173'],
      logLevel: 'warn',
      publicOrigin: 'http://localhost:8080',
    });
  });

  it('reads the account and session settings, with no default password', () => {
    expect(loadEnv({})).toMatchObject({
      trustProxy: false,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      auditRetentionDays: 730,
      bootstrapAdmin: { email: 'admin@localhost', password: undefined },
      adminOrigins: ['http://127.0.0.1:4000', 'http://localhost:4000'],
    });
    const config = loadEnv({
      PUBLIC_ORIGIN: 'https://toolkit.example.org/',
      TRUST_PROXY: 'true',
      SESSION_IDLE_MINUTES: '15',
      ADMIN_EMAIL: 'Owner@Example.org',
      ADMIN_PASSWORD: 'a long pass phrase',
    });
    expect(config).toMatchObject({
      publicOrigin: 'https://toolkit.example.org',
      adminOrigins: ['https://toolkit.example.org'],
      trustProxy: true,
      sessionIdleMinutes: 15,
      bootstrapAdmin: { email: 'owner@example.org', password: 'a long pass phrase' },
    });
  });

  it('reads a secrets key given in base64, and leaves it unset by default', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadEnv({ SECRETS_KEY: key.toString('base64') }).secretsKey).toEqual(key);
    expect(loadEnv({}).secretsKey).toBeUndefined();
  });

  it('warns when listening everywhere without the address people use, so sign-ins are not refused unexplained', () => {
    const env = { HOST: '0.0.0.0', PORT: '4500' };
    const [warning, ...rest] = configurationWarnings(loadEnv(env), env);
    expect(rest).toEqual([]);
    expect(warning).toContain('without PUBLIC_ORIGIN');
    expect(warning).toContain('http://localhost:4500');
    const given = { ...env, PUBLIC_ORIGIN: 'http://toolkit.internal:4500' };
    expect(configurationWarnings(loadEnv(given), given)).toEqual([]);
    expect(configurationWarnings(loadEnv({}), {})).toEqual([]);
  });

  it('treats empty variables, as in a copied .env.example, as unset', () => {
    expect(loadEnv({ ADMIN_PASSWORD: '', PUBLIC_ORIGIN: '', PORT: '' })).toMatchObject({
      port: 4000,
      bootstrapAdmin: { password: undefined },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ALLOWED_ORIGINS: 'toolkit.example.org' }, 'ALLOWED_ORIGINS'],
    [{ ALLOWED_ORIGINS: 'https://toolkit.example.org/path' }, 'ALLOWED_ORIGINS'],
    [{ PUBLIC_ORIGIN: 'ftp://toolkit.example.org' }, 'PUBLIC_ORIGIN'],
    [{ SESSION_IDLE_MINUTES: '1' }, 'SESSION_IDLE_MINUTES'],
    [{ ADMIN_EMAIL: 'not-an-email' }, 'ADMIN_EMAIL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ SECRETS_KEY: 'too-short' }, 'SECRETS_KEY'],
    [{ SECRETS_KEY: Buffer.alloc(16, 1).toString('base64') }, 'SECRETS_KEY'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadEnv(env)).toThrow(new RegExp(`Invalid configuration:[\\s\\S]*${variable}`));
  });
});
