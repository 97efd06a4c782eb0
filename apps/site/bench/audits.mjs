// Lighthouse in headless Chromium: the default (mobile) configuration, one browser for every run.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS } from '@peer-toolkit/bench-kit/chromium';
import { readCommandOutput } from '@peer-toolkit/bench-kit/command-output';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

/** chrome-launcher comes with Lighthouse; pnpm keeps it out of reach unless asked through it. */
async function importChromeLauncher() {
  const require = createRequire(import.meta.url);
  const fromLighthouse = createRequire(require.resolve('lighthouse'));
  return import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
}

export function readChromeVersion(chromePath) {
  return readCommandOutput(chromePath, ['--version']) ?? `unknown (${chromePath})`;
}

/** One headless Chromium for all runs; chrome-launcher removes its profile directory on kill. */
export async function launchChrome({ chromePath, track }) {
  if (!existsSync(chromePath)) {
    throw new Error(`No browser at ${chromePath}: set CHROME_PATH to a Chromium or Chrome`);
  }
  const { launch } = await importChromeLauncher();
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_ARGS, handleSIGINT: false });
  track(() => chrome.kill());
  return chrome;
}

const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** The selectors (or URLs) an audit lists, so a failure can be traced to markup. */
function itemsOf(audit) {
  return (audit.details?.items ?? []).slice(0, 5).map((item) => {
    if (item.node?.selector) return item.node.selector;
    if (typeof item.url === 'string') return item.url;
    return JSON.stringify(item).slice(0, 120);
  });
}

/** What the report needs from one Lighthouse result, including why a score falls short. */
function summarise(lhr) {
  const byId = (category) =>
    lhr.categories[category].auditRefs.map((ref) => ({ ...ref, audit: lhr.audits[ref.id] }));
  const failedAccessibility = byId('accessibility')
    .filter(({ weight, audit }) => weight > 0 && audit.score !== null && audit.score < 1)
    .map(({ audit }) => ({ id: audit.id, title: audit.title, items: itemsOf(audit) }));
  const performanceFindings = byId('performance')
    .filter(({ audit }) => {
      const savings = audit.details?.overallSavingsMs ?? audit.metricSavings?.LCP ?? 0;
      const failing = audit.score !== null && audit.score < 0.9;
      return audit.scoreDisplayMode !== 'informative' && (savings > 0 || failing);
    })
    .map(({ audit }) => ({
      id: audit.id,
      title: audit.title,
      displayValue: audit.displayValue ?? '',
      items: itemsOf(audit),
    }));
  const weightOf = (id) =>
    Object.values(lhr.categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.id === id)
      .reduce((total, ref) => total + ref.weight, 0);
  const erroredAudits = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => ({ id: audit.id, scored: weightOf(audit.id) > 0 }));
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    fcp: numeric(lhr, 'first-contentful-paint'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    speedIndex: numeric(lhr, 'speed-index'),
    serverResponse: numeric(lhr, 'server-response-time'),
    bytes: numeric(lhr, 'total-byte-weight'),
    requests: lhr.audits['network-requests']?.details?.items?.length ?? Number.NaN,
    failedAccessibility,
    performanceFindings,
    erroredAudits,
    warnings: lhr.runWarnings,
    settings: lhr.configSettings,
  };
}

/** One Lighthouse navigation with the default configuration (mobile, simulated throttling). */
async function auditAttempt(url, chrome) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) {
    throw new Error(
      `Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
    );
  }
  return lhr;
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART and the like), as its own docs
 * warn; such a run has no figures, so it is repeated, up to `ATTEMPTS` times in all.
 */
const ATTEMPTS = 3;
export async function auditOnce(url, chrome) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await auditAttempt(url, chrome);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      console.error(`${error.message}; trying again`);
    }
  }
}

/** Lighthouse's own choice of the run nearest the median FCP and time to interactive. */
export function summariseMedian(lhrs) {
  return { ...summarise(computeMedianRun(lhrs)), runs: lhrs.length };
}
