import { resolve } from 'node:path';
import { z } from 'zod';

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
});

export interface ApiConfig {
  port: number;
  host: string;
  /** Absolute path of the folder that holds the SQLite database. */
  dataDir: string;
  /** Origins allowed to call the API from a browser (CORS). */
  allowedOrigins: string[];
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/**
 * Reads and checks the configuration once, at start. A bad value stops the server with a message
 * naming the variable, instead of failing later in an unexpected place.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = EnvSchema.safeParse(source);
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
  };
}
