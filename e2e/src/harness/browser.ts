import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@peer-toolkit/bench-kit/chromium';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = chromiumPath(process.env);

/**
 * Headless Debian Chromium, started the way this machine allows: no sandbox (root), no GPU, and
 * no background network calls, which the closed network would refuse.
 */
export async function openBrowser(
  options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {},
) {
  const profile = mkdtempSync(join(tmpdir(), 'toolkit-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The same Chromium as a browser that opens separate contexts: each context is a different
 * person, with its own cookies and storage, as on different devices.
 */
export async function openSharedBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    newPerson: async (
      options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {},
    ) =>
      (
        await browser.newContext({
          javaScriptEnabled: options.javaScriptEnabled ?? true,
          viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        })
      ).newPage(),
    close: () => browser.close(),
  };
}
