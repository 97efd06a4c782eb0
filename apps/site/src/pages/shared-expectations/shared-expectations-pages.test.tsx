import { decodeShareCode } from '@peer-toolkit/core';
import { expectationQuestionsFixture } from '@peer-toolkit/core/fixtures';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../render/page.js';
import {
  expectationsCode,
  renderRoute,
  stubAssessmentApi,
} from '../self-assessment/assessment-test-api.js';
import {
  sharedExpectationsAnswerRoute,
  sharedExpectationsAnswersRoute,
  sharedExpectationsCodeRoute,
  sharedExpectationsCompareRoute,
  sharedExpectationsIntroRoute,
} from './shared-expectations-pages.js';

function asPage(result: unknown): { page: PageResult; html: string } {
  if (!result || typeof result !== 'object' || !('body' in result)) {
    throw new Error(`Expected a page, got ${JSON.stringify(result)}`);
  }
  const page = result as PageResult;
  return { page, html: renderToStaticMarkup(page.body) };
}

const sam = expectationsCode({ 'eq-notes': 4, 'eq-pay': 1 }, 'peer-workers');
const jo = expectationsCode({ 'eq-notes': 0, 'eq-pay': 1 }, 'managers');

describe('the introduction', () => {
  it('cites the research on shared expectations and explains the exercise', async () => {
    const { page, html } = asPage(
      await renderRoute(sharedExpectationsIntroRoute, '/shared-expectations'),
    );
    expect(page.title).toBe('Shared expectations exercise');
    expect(html).toContain('Unclear roles drift.');
    expect(html).toContain('ptk-evidence');
    expect(html).toContain('href="/topics/shared-expectations"');
    expect(html).toContain('answers 3 short statements');
    expect(html).toContain('href="/shared-expectations/answer"');
    expect(html).toContain('href="/shared-expectations/compare"');
  });
});

describe('answering', () => {
  it('starts from the answers in a code when changing them', async () => {
    const { html } = asPage(
      await renderRoute(sharedExpectationsAnswerRoute, `/shared-expectations/answer?code=${sam}`),
    );
    expect(html).toMatch(/id="group"[^>]*checked=""/);
    expect(html).toMatch(/id="eq-notes-4"[^>]*checked=""/);
  });

  it('refuses a form without a group, keeping the answers and pointing at the field', async () => {
    const stub = stubAssessmentApi();
    const { page, html } = asPage(
      await renderRoute(
        sharedExpectationsAnswersRoute,
        '/shared-expectations/answers?answer-eq-pay=2',
        {},
        stub.api,
      ),
    );
    expect(page.status).toBe(400);
    expect(page.title).toBe('Error: Your answers – Shared expectations');
    expect(html).toContain('<a href="#group">Choose the group you are answering as</a>');
    expect(html).toMatch(/id="eq-pay-2"[^>]*checked=""/);
    expect(stub.requests).not.toContain('POST /assessment/expectations/share-codes');
  });

  it('makes the share code through the API and shows it at its own address', async () => {
    const stub = stubAssessmentApi();
    const result = await renderRoute(
      sharedExpectationsAnswersRoute,
      '/shared-expectations/answers?group=managers&answer-eq-notes=1&answer-eq-sharing=not-sure',
      {},
      stub.api,
    );
    expect(stub.requests).toContain('POST /assessment/expectations/share-codes');
    if (!('redirect' in result)) throw new Error('Expected a redirect');
    const next = new URL(result.redirect, 'http://site.test');
    expect(next.pathname).toBe('/shared-expectations/your-code');
    const code = next.searchParams.get('code') ?? '';
    expect(
      decodeShareCode({ code, kind: 'expectations', questions: expectationQuestionsFixture }),
    ).toEqual({ kind: 'expectations', group: 'managers', answers: { 'eq-notes': 1 } });

    const { page, html } = asPage(await renderRoute(sharedExpectationsCodeRoute, next.toString()));
    expect(page.scripts).toEqual(['shared-expectations']);
    expect(page.noindex).toBe(true);
    expect(html).toContain(`<code id="share-code">${code}</code>`);
    expect(html).toContain('Answering as: Managers');
  });

  it('says plainly when the code in the address cannot be read', async () => {
    const { page, html } = asPage(
      await renderRoute(sharedExpectationsCodeRoute, '/shared-expectations/your-code?code=ABCD'),
    );
    expect(page.status).toBe(400);
    expect(html).toContain('This share code cannot be read');
    expect(html).toContain('href="/shared-expectations/answer"');
  });
});

describe('comparing', () => {
  it('shows the empty form with four rows', async () => {
    const { page, html } = asPage(
      await renderRoute(sharedExpectationsCompareRoute, '/shared-expectations/compare'),
    );
    expect(page.status).toBeUndefined();
    expect(page.scripts).toEqual(['shared-expectations']);
    expect(html.match(/<legend[^>]*>Person \d+<\/legend>/g)).toHaveLength(4);
  });

  it('adds rows without JavaScript, keeping what was typed and without checking it', async () => {
    const { page, html } = asPage(
      await renderRoute(
        sharedExpectationsCompareRoute,
        `/shared-expectations/compare?rows=4&label-1=Sam&code-1=WRONG&action=add-rows`,
      ),
    );
    expect(page.status).toBeUndefined();
    expect(html.match(/<legend[^>]*>Person \d+<\/legend>/g)).toHaveLength(8);
    expect(html).toContain('value="WRONG"');
    expect(html).not.toContain('There is a problem');
  });

  it('reports problems per row, without asking the API to compare', async () => {
    const stub = stubAssessmentApi();
    const { page, html } = asPage(
      await renderRoute(
        sharedExpectationsCompareRoute,
        `/shared-expectations/compare?rows=4&label-1=Sam&code-1=${sam}&label-2=Jo&code-2=${jo.slice(0, -2)}&action=compare`,
        {},
        stub.api,
      ),
    );
    expect(page.status).toBe(400);
    expect(html).toContain('<a href="#code-2">The code for Jo cannot be read.');
    expect(stub.requests).not.toContain('POST /assessment/expectations/comparisons');
  });

  it('compares through the API and links back to the filled-in form', async () => {
    const stub = stubAssessmentApi();
    const { page, html } = asPage(
      await renderRoute(
        sharedExpectationsCompareRoute,
        `/shared-expectations/compare?rows=4&label-1=Sam&code-1=${sam}&label-3=Jo&code-3=${jo}&group-3=team-colleagues&action=compare`,
        {},
        stub.api,
      ),
    );
    expect(stub.requests).toContain('POST /assessment/expectations/comparisons');
    expect(page.title).toBe('Where expectations differ – Shared expectations');
    expect(page.noindex).toBe(true);
    expect(html).toContain('Comparing the answers of 2 people to 3 statements');
    expect(html).toContain('Jo: Team colleagues');
    expect(html).toContain('href="/topics/defining-the-role"');
    expect(html).toContain(
      `href="/shared-expectations/compare?rows=4&amp;label-1=Sam&amp;code-1=${sam}&amp;label-3=Jo&amp;code-3=${jo}&amp;group-3=team-colleagues"`,
    );
  });
});
