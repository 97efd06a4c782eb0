import type { Servers } from './servers.js';
import {
  compareQuery,
  countReadinessSteps,
  makeExpectationsCode,
  makeReadinessCode,
  readExpectationsQuestionnaire,
  readSitemapPaths,
} from './site-data.js';

/** A page to audit: its address and the status it is meant to answer with. */
export interface AuditPage {
  path: string;
  status: number;
}

/**
 * Every route of the seeded site: each page in the sitemap, and the pages that only exist for a
 * query (search, filters, each self-assessment step, results, share codes, form errors, 404).
 */
export async function listAuditPages({ siteUrl, apiUrl }: Servers): Promise<AuditPage[]> {
  const sitemap = await readSitemapPaths(siteUrl);
  const steps = await countReadinessSteps(apiUrl);
  const readinessCode = await makeReadinessCode(siteUrl, apiUrl);
  const { questions, groups } = await readExpectationsQuestionnaire(apiUrl);
  const people = await Promise.all(
    groups.slice(0, 3).map(async (group, person) => ({
      label: `${group.label} ${person + 1}`,
      code: await makeExpectationsCode(siteUrl, {
        group: group.id,
        answers: Object.fromEntries(
          questions.map((question, index) => [question.id, (index + person * 2) % 5]),
        ),
      }),
    })),
  );
  const [firstCode] = people.map((person) => person.code);
  const ok = (path: string): AuditPage => ({ path, status: 200 });
  const refused = (path: string): AuditPage => ({ path, status: 400 });
  return [
    ...sitemap.map(ok),
    ok('/search?q=support'),
    ok('/search?q=xylophonequartz'),
    // An empty search shows its error in the form, answering 200 as a search page always does.
    ok('/search?q='),
    ok('/roles?sector=statutory&employmentBasis=paid'),
    ok('/roles?sector=voluntary&settings=inpatient'),
    ...Array.from({ length: steps }, (_, index) => ok(`/self-assessment/step/${index + 1}`)),
    ok(`/self-assessment/step/1?code=${encodeURIComponent(readinessCode)}`),
    ok(`/self-assessment/results?code=${encodeURIComponent(readinessCode)}`),
    refused('/self-assessment/results?code=NOT-A-REAL-CODE'),
    refused('/shared-expectations/answers?group='),
    ok(`/shared-expectations/your-code?code=${encodeURIComponent(firstCode ?? '')}`),
    refused('/shared-expectations/your-code?code=ZZZZ-ZZZZ'),
    ok('/shared-expectations/compare'),
    refused('/shared-expectations/compare?action=compare&label-1=Ann&code-1=nonsense&label-2=Bo'),
    ok(`/shared-expectations/compare?${compareQuery(people)}`),
    { path: '/no-such-page', status: 404 },
  ];
}
