import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';

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
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/toolkit',
      allowedOrigins: ['https://toolkit.example.org', 'http://localhost:5173'],
      logLevel: 'warn',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ALLOWED_ORIGINS: 'toolkit.example.org' }, 'ALLOWED_ORIGINS'],
    [{ ALLOWED_ORIGINS: 'https://toolkit.example.org/path' }, 'ALLOWED_ORIGINS'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadEnv(env)).toThrow(new RegExp(`Invalid configuration:[\\s\\S]*${variable}`));
  });
});
