import { resolve } from 'node:path';
import { z } from 'zod';
import { parseSecretsKey } from './store/secrets-key.js';

const originList = z
  .string()
  .default('')
  .transform((value, context) => {
    const origins = value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || parsed.origin !== origin) {
        context.addIssue({
          code: 'custom',
          message: `"${origin}" is not an origin; write it like https://toolkit.example.org (scheme, host and port only)`,
        });
      }
    }
    return origins;
  });

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  ALLOWED_ORIGINS: originList,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'Write PUBLIC_ORIGIN like https://toolkit.example.org' })
    .optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  ADMIN_EMAIL: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[^\s@]+@[^\s@]+$/, 'Write ADMIN_EMAIL as an email address')
    .default('admin@localhost'),
  ADMIN_DIR: z.string().min(1).optional(),
  SECRETS_KEY: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return undefined;
      try {
        return parseSecretsKey(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  ADMIN_PASSWORD: z
    .string()
    .min(8, 'ADMIN_PASSWORD must be at least 8 characters')
    .max(128)
    .optional(),
});

export interface ApiConfig {
  port: number;
  host: string;
  /** Absolute path of the folder that holds the SQLite database. */
  dataDir: string;
  /** Origins allowed to call the API from a browser (CORS). */
  allowedOrigins: string[];
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /**
   * The address people use to reach the API and admin. Its scheme decides Secure cookies, and
   * it is the origin state-changing requests must come from.
   */
  publicOrigin: string;
  /** Origins the admin may send state-changing requests from. */
  adminOrigins: string[];
  /** Whether X-Forwarded-For from a reverse proxy gives the client address. */
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  auditRetentionDays: number;
  /** Seals secrets kept in the database; unset, a key file in the data folder does. */
  secretsKey: Buffer | undefined;
  /** The built admin app, served under /admin when set. */
  adminDir: string | undefined;
  /** The first admin, created when there are no users. No password means one is generated. */
  bootstrapAdmin: { email: string; password: string | undefined };
}

/**
 * Reads and checks the configuration once, at start. A bad value stops the server with a message
 * naming the variable, instead of failing later in an unexpected place.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): ApiConfig {
  // An empty variable (as in a copied .env.example) means "use the default".
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}\nSee apps/api/.env.example.`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: resolve(env.DATA_DIR),
    allowedOrigins: env.ALLOWED_ORIGINS,
    logLevel: env.LOG_LEVEL,
    publicOrigin: new URL(env.PUBLIC_ORIGIN ?? `http://${displayHost(env.HOST)}:${env.PORT}`)
      .origin,
    adminOrigins: env.PUBLIC_ORIGIN
      ? [new URL(env.PUBLIC_ORIGIN).origin]
      : // Left to default, the API answers on this machine under either name.
        [
          `http://${displayHost(env.HOST)}:${env.PORT}`,
          `http://localhost:${env.PORT}`,
          `http://127.0.0.1:${env.PORT}`,
        ].filter((origin, index, all) => all.indexOf(origin) === index),
    trustProxy: env.TRUST_PROXY === 'true',
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionMaxHours: env.SESSION_MAX_HOURS,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    secretsKey: env.SECRETS_KEY,
    adminDir: env.ADMIN_DIR ? resolve(env.ADMIN_DIR) : undefined,
    bootstrapAdmin: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
  };
}

/** Settings that work but are likely not what was meant: logged as warnings at start. */
export function configurationWarnings(
  config: ApiConfig,
  source: NodeJS.ProcessEnv = process.env,
): string[] {
  const warnings: string[] = [];
  const everywhere = config.host === '0.0.0.0' || config.host === '::';
  if (everywhere && !source.PUBLIC_ORIGIN) {
    warnings.push(
      `HOST=${config.host} listens on every network address, but without PUBLIC_ORIGIN the admin accepts sign-ins and changes only from ${config.adminOrigins.join(', ')}. Set PUBLIC_ORIGIN to the address people use, like http://toolkit.internal:${config.port} or https://toolkit.example.org.`,
    );
  }
  return warnings;
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? 'localhost' : host;
}
