// Types for chromium.mjs, which the TypeScript browser tests import.
export declare const DEFAULT_CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(
  env: Record<string, string | undefined>,
  variable?: string,
): string;
