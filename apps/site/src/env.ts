import { z } from 'zod';

const EnvSchema = z.object({
  SITE_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  HOST: z.string().min(1).default('127.0.0.1'),
  API_URL: z
    .url({ protocol: /^https?$/, error: 'Write API_URL like http://127.0.0.1:4000' })
    .default('http://127.0.0.1:4000'),
  PUBLIC_SITE_URL: z
    .url({ protocol: /^https?$/, error: 'Write PUBLIC_SITE_URL like https://toolkit.example.org' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface SiteConfig {
  port: number;
  host: string;
  /** Where the API answers, without a trailing slash. */
  apiUrl: string;
  /** The site's public address, for canonical links, Open Graph tags and the sitemap. */
  publicUrl: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/** Reads and checks the site's configuration once, at start. */
export function loadSiteEnv(source: NodeJS.ProcessEnv = process.env): SiteConfig {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}\nSee apps/site/.env.example.`);
  }
  const env = parsed.data;
  const host = env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
  return {
    port: env.SITE_PORT,
    host: env.HOST,
    apiUrl: env.API_URL.replace(/\/+$/, ''),
    publicUrl: (env.PUBLIC_SITE_URL ?? `http://${host}:${env.SITE_PORT}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
  };
}
