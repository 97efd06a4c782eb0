import {
  AppError,
  agreementScale,
  compareExpectations,
  decodeShareCode,
  encodeShareCode,
  notApplicableLabel,
  readinessScale,
  type StakeholderGroup,
  scoreAssessment,
  stakeholderGroupLabels,
  stakeholderGroups,
  type ToolkitTopic,
} from '@peer-toolkit/core';
import {
  expectationQuestionsFixture,
  readinessQuestionsFixture,
  reviewPublication,
  roleDefinitionTopic,
  studyPublication,
  supervisionTopic,
} from '@peer-toolkit/core/fixtures';
import type { Request } from 'express';
import { ApiClient } from '../../api/api-client.js';
import type { PageRoute } from '../../render/page.js';

/** A topic with no readiness questions, which must get no step. */
export const emptyTopic: ToolkitTopic = {
  ...supervisionTopic,
  id: 'empty-topic',
  slug: 'empty-topic',
  order: 3,
  title: 'A topic without questions',
};

export const sharedExpectationsTopic: ToolkitTopic = {
  ...roleDefinitionTopic,
  id: 'shared-expectations',
  slug: 'shared-expectations',
  order: 4,
  title: 'Shared expectations of the role',
};

export const testTopics = [roleDefinitionTopic, supervisionTopic, emptyTopic];

export const readinessQuestionnaire = {
  scale: readinessScale,
  notApplicableLabel,
  topics: testTopics.map(({ id, slug, title, order }) => ({ id, slug, title, order })),
  questions: readinessQuestionsFixture,
};

export const expectationsQuestionnaire = {
  scale: agreementScale,
  groups: stakeholderGroups.map((id) => ({ id, label: stakeholderGroupLabels[id] })),
  questions: expectationQuestionsFixture,
};

export function readinessCode(answers: Record<string, number | 'not-applicable'>): string {
  return encodeShareCode({ kind: 'readiness', questions: readinessQuestionsFixture, answers });
}

export function expectationsCode(
  answers: Record<string, number>,
  group: StakeholderGroup | undefined,
): string {
  return encodeShareCode({
    kind: 'expectations',
    questions: expectationQuestionsFixture,
    answers,
    group,
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function page(items: unknown[]) {
  return { items, page: 1, pageSize: 100, total: items.length, totalPages: 1 };
}

/**
 * The API's assessment endpoints, answered in memory by the same core functions the API runs,
 * so page tests see real codes, scores and problems without a server.
 */
export function stubAssessmentApi(): { api: ApiClient; requests: string[] } {
  const requests: string[] = [];
  const fetcher = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const path = url.pathname.replace(/^\/api\/v1/, '');
    requests.push(`${init?.method ?? 'GET'} ${path}`);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    try {
      switch (`${init?.method ?? 'GET'} ${path}`) {
        case 'GET /assessment/readiness':
          return json(200, readinessQuestionnaire);
        case 'POST /assessment/readiness/results': {
          const { answers } = decodeShareCode({
            code: body.code,
            kind: 'readiness',
            questions: readinessQuestionsFixture,
          });
          const result = scoreAssessment({
            questions: readinessQuestionsFixture,
            topics: testTopics,
            answers,
          });
          return json(200, { result, answers, code: readinessCode(answers) });
        }
        case 'GET /assessment/expectations':
          return json(200, expectationsQuestionnaire);
        case 'POST /assessment/expectations/share-codes':
          return json(201, {
            kind: 'expectations',
            code: expectationsCode(body.answers, body.group),
            group: body.group ?? null,
            answers: body.answers,
          });
        case 'POST /assessment/expectations/comparisons': {
          const respondents = body.respondents.map(
            (respondent: { label: string; code: string; group?: StakeholderGroup }) => {
              const decoded = decodeShareCode({
                code: respondent.code,
                kind: 'expectations',
                questions: expectationQuestionsFixture,
              });
              return {
                label: respondent.label,
                group: respondent.group ?? decoded.group,
                answers: decoded.answers,
              };
            },
          );
          return json(
            200,
            compareExpectations({ questions: expectationQuestionsFixture, respondents }),
          );
        }
        case 'GET /topics':
          return json(200, page([...testTopics, sharedExpectationsTopic]));
        case 'GET /topics/shared-expectations':
          return json(200, sharedExpectationsTopic);
        case 'GET /publications':
          return json(200, page([studyPublication, reviewPublication]));
        default:
          return json(404, new AppError('NOT_FOUND', path).toProblem());
      }
    } catch (error) {
      if (error instanceof AppError) return json(error.status, error.toProblem());
      throw error;
    }
  };
  return { api: new ApiClient('http://api.test', fetcher as typeof fetch), requests };
}

/** Renders a route for an address, as the site's Express app would. */
export async function renderRoute(
  route: PageRoute,
  address: string,
  params: Record<string, string> = {},
  api = stubAssessmentApi().api,
): ReturnType<PageRoute['render']> {
  return route.render({
    api,
    url: new URL(address, 'http://site.test'),
    req: { params } as unknown as Request,
  });
}
