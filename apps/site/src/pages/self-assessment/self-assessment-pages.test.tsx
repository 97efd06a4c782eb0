import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOT_APPLICABLE } from '@peer-toolkit/core';
import { readinessQuestionsFixture } from '@peer-toolkit/core/fixtures';
import { pino } from 'pino';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSiteApp } from '../../app.js';
import { PageNotFound, type PageResult } from '../../render/page.js';
import { readinessCode, renderRoute, stubAssessmentApi } from './assessment-test-api.js';
import { readCode } from './readiness-steps.js';
import {
  selfAssessmentDownloadRoute,
  selfAssessmentIntroRoute,
  selfAssessmentResultsRoute,
  selfAssessmentStepAnswersRoute,
  selfAssessmentStepRoute,
} from './self-assessment-pages.js';

function asPage(result: unknown): { page: PageResult; html: string } {
  if (!result || typeof result !== 'object' || !('body' in result)) {
    throw new Error(`Expected a page, got ${JSON.stringify(result)}`);
  }
  const page = result as PageResult;
  return { page, html: renderToStaticMarkup(page.body) };
}

function redirectOf(result: unknown): URL {
  if (!result || typeof result !== 'object' || !('redirect' in result)) {
    throw new Error(`Expected a redirect, got ${JSON.stringify(result)}`);
  }
  return new URL(String(result.redirect), 'http://site.test');
}

const code = readinessCode({ 'rq-purpose-agreed': 2, 'rq-partner-agreement': NOT_APPLICABLE });
const damaged = `${code.slice(0, 6)}${code[6] === 'Z' ? 'Y' : 'Z'}${code.slice(7)}`;

describe('the start page', () => {
  it('says how long it takes and starts at step 1, with the script for saved answers', async () => {
    const { page, html } = asPage(await renderRoute(selfAssessmentIntroRoute, '/self-assessment'));
    expect(page.title).toBe('Readiness self-assessment');
    expect(page.scripts).toEqual(['self-assessment']);
    expect(html).toContain('There are 4 statements in 2 steps');
    expect(html).toContain(
      '<a href="/self-assessment/step/1" class="ptk-button ptk-button--start">',
    );
    expect(html).toContain('data-resume="true" hidden=""');
  });

  it('carries the answers on when Back from the first step comes here with them', async () => {
    const { html } = asPage(
      await renderRoute(selfAssessmentIntroRoute, `/self-assessment?code=${code}`),
    );
    expect(html).toContain(`href="/self-assessment/step/1?code=${encodeURIComponent(code)}"`);
  });
});

describe('a step', () => {
  it('shows the step’s questions with the answers held in the code', async () => {
    const { page, html } = asPage(
      await renderRoute(selfAssessmentStepRoute, `/self-assessment/step/2?code=${code}`, {
        n: '2',
      }),
    );
    expect(page.title).toBe('Step 2 of 2: Supervision and support – Readiness self-assessment');
    expect(page.noindex).toBe(true);
    expect(html).toContain('Step 2 of 2');
    expect(html).toMatch(/value="not-applicable" checked=""|checked="" value="not-applicable"/);
    expect(html).toContain(`name="code" value="${code}"`);
  });

  it('starts with no answers when there is no code', async () => {
    const { html } = asPage(
      await renderRoute(selfAssessmentStepRoute, '/self-assessment/step/1', { n: '1' }),
    );
    expect(html).not.toContain('checked=""');
  });

  it('is not found for a step that does not exist', async () => {
    for (const n of ['0', '3', 'x', '1.5']) {
      await expect(
        renderRoute(selfAssessmentStepRoute, `/self-assessment/step/${n}`, { n }),
      ).rejects.toBeInstanceOf(PageNotFound);
    }
  });

  it('explains a damaged code in an error summary linked to the code field, with a way to start again', async () => {
    const { page, html } = asPage(
      await renderRoute(selfAssessmentStepRoute, `/self-assessment/step/1?code=${damaged}`, {
        n: '1',
      }),
    );
    expect(page.status).toBe(400);
    expect(page.title).toBe('Error: We could not read your answers');
    expect(html).toContain('There is a problem');
    expect(html).toContain('<a href="#code">This code has a mistake in it.');
    expect(html).toContain('id="code"');
    expect(html).toContain(`value="${damaged}"`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('href="/self-assessment/step/1"');
  });
});

describe('sending a step', () => {
  it('merges the step’s answers into the code and moves to the next step', async () => {
    const result = await renderRoute(
      selfAssessmentStepAnswersRoute,
      `/self-assessment/step/1/answers?code=${code}&answer-rq-purpose-agreed=not-sure&answer-rq-job-description=4&go=next`,
      { n: '1' },
    );
    const next = redirectOf(result);
    expect(next.pathname).toBe('/self-assessment/step/2');
    expect(readCode(next.searchParams.get('code'), readinessQuestionsFixture)).toEqual({
      'rq-job-description': 4,
      'rq-partner-agreement': NOT_APPLICABLE,
    });
  });

  it('keeps the answers when going back, and goes to the results after the last step', async () => {
    const back = redirectOf(
      await renderRoute(
        selfAssessmentStepAnswersRoute,
        `/self-assessment/step/2/answers?code=${code}&answer-rq-supervisor-named=1&go=back`,
        { n: '2' },
      ),
    );
    expect(back.pathname).toBe('/self-assessment/step/1');
    expect(readCode(back.searchParams.get('code'), readinessQuestionsFixture)).toMatchObject({
      'rq-supervisor-named': 1,
    });
    const done = redirectOf(
      await renderRoute(
        selfAssessmentStepAnswersRoute,
        `/self-assessment/step/2/answers?code=${code}&go=next`,
        { n: '2' },
      ),
    );
    expect(done.pathname).toBe('/self-assessment/results');
  });

  it('answers a damaged code with the error page, not a crash', async () => {
    const { page } = asPage(
      await renderRoute(
        selfAssessmentStepAnswersRoute,
        `/self-assessment/step/1/answers?code=${damaged}&go=next`,
        { n: '1' },
      ),
    );
    expect(page.status).toBe(400);
  });
});

describe('the results', () => {
  it('scores the code through the API', async () => {
    const stub = stubAssessmentApi();
    const { page, html } = asPage(
      await renderRoute(
        selfAssessmentResultsRoute,
        `/self-assessment/results?code=${code}`,
        {},
        stub.api,
      ),
    );
    expect(stub.requests).toContain('POST /assessment/readiness/results');
    expect(page.noindex).toBe(true);
    expect(page.scripts).toEqual(['self-assessment']);
    expect(html).toContain('Your results');
    expect(html).toContain(`data-results-code="${code}"`);
  });

  it('sends a visit without a code to the start page', async () => {
    expect(
      redirectOf(await renderRoute(selfAssessmentResultsRoute, '/self-assessment/results'))
        .pathname,
    ).toBe('/self-assessment');
  });

  it('shows the API’s reason for refusing a code, with the code field to correct it', async () => {
    const { page, html } = asPage(
      await renderRoute(selfAssessmentResultsRoute, `/self-assessment/results?code=${damaged}`),
    );
    expect(page.status).toBe(400);
    expect(html).toContain('<a href="#code">This code has a mistake in it.');
  });

  it('refuses a shared expectations code by saying what it is', async () => {
    const { html } = asPage(
      await renderRoute(
        selfAssessmentResultsRoute,
        '/self-assessment/results?code=0405-YJ8C-5751-7540-2Q5R-1WR',
      ),
    );
    expect(html).toContain('There is a problem');
  });
});

describe('downloading the results', () => {
  it('is a text file with a dated name', async () => {
    const result = await renderRoute(
      selfAssessmentDownloadRoute,
      `/self-assessment/results.txt?code=${code}`,
    );
    if (!('download' in result)) throw new Error('Expected a download');
    expect(result.download.filename).toMatch(/^readiness-results-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(result.download.contentType).toBe('text/plain; charset=utf-8');
    expect(result.download.body).toContain('# Readiness self-assessment results');
    expect(result.download.body).toContain(code);
    expect(result.download.body).toContain('http://site.test/topics/');
  });

  it('is served as an attachment that no cache keeps', async () => {
    const { api } = stubAssessmentApi();
    const app = createSiteApp({
      api,
      assets: { stylesheet: '/styles.css', script: (name) => `/${name}.js` },
      clientDir: mkdtempSync(join(tmpdir(), 'site-client-')),
      publicUrl: 'http://site.test',
      logger: pino({ level: 'silent' }),
      routes: [selfAssessmentDownloadRoute],
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(
        `http://127.0.0.1:${port}/self-assessment/results.txt?code=${encodeURIComponent(code)}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="?readiness-results-\d{4}-\d{2}-\d{2}\.txt"?$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toContain(code);
    } finally {
      server.close();
    }
  });

  it('shows the error page for a damaged code instead of a file', async () => {
    const { page } = asPage(
      await renderRoute(
        selfAssessmentDownloadRoute,
        `/self-assessment/results.txt?code=${damaged}`,
      ),
    );
    expect(page.status).toBe(400);
  });
});
