import {
  AppError,
  agreementScale,
  CompareExpectationsRequestSchema,
  CreateShareCodeRequestSchema,
  compareExpectations,
  decodeShareCode,
  ExpectationComparisonSchema,
  type ExpectationQuestion,
  ExpectationsQuestionnaireSchema,
  encodeShareCode,
  notApplicableLabel,
  type ReadinessQuestion,
  ReadinessQuestionnaireSchema,
  ReadinessResultsRequestSchema,
  ReadinessResultsResponseSchema,
  ReadShareCodeRequestSchema,
  readinessScale,
  ShareCodeResponseSchema,
  scoreAssessment,
  stakeholderGroupLabels,
  stakeholderGroups,
  type ToolkitTopic,
} from '@peer-toolkit/core';
import type { Request } from 'express';
import { defineRoute, type RouteSpec } from '../http/route.js';
import type { ContentStore } from '../store/content-store.js';

/**
 * Core reports problems at paths of its own ("code", "answers.x"); this moves them to where the
 * request held the value, so clients can point at the right field.
 */
function atPath(error: unknown, path: (string | number)[], replaceFirst = true): unknown {
  if (!(error instanceof AppError)) return error;
  return new AppError(error.code, error.message, {
    safeMessage: error.safeMessage,
    issues: (error.issues ?? []).map((issue) => ({
      ...issue,
      path: [...path, ...issue.path.slice(replaceFirst ? 1 : 0)],
    })),
  });
}

/**
 * The answers exactly as sent. Parsing drops keys such as "__proto__"; core's answer check reads
 * the raw keys so that such a key is refused as an unknown question rather than ignored.
 */
function rawAnswers(req: Request): unknown {
  return (req.body as { answers?: unknown }).answers;
}

function underBody<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw atPath(error, ['body'], false);
  }
}

export function assessmentRoutes(store: ContentStore): RouteSpec[] {
  const readinessQuestions = async () =>
    (await store.allPublished('readinessQuestions')) as ReadinessQuestion[];
  const expectationQuestions = async () =>
    (await store.allPublished('expectationQuestions')) as ExpectationQuestion[];
  const topics = async () => (await store.allPublished('topics')) as ToolkitTopic[];

  return [
    defineRoute({
      method: 'get',
      path: '/assessment/readiness',
      operationId: 'getReadinessQuestionnaire',
      summary: 'Get the readiness self-assessment: its scale, topics and questions',
      tags: ['Self-assessment'],
      cache: 'published',
      responses: [
        { status: 200, description: 'The questionnaire', schema: ReadinessQuestionnaireSchema },
      ],
      handle: async () => ({
        body: {
          scale: readinessScale,
          notApplicableLabel,
          topics: (await topics()).map(({ id, slug, title, order }) => ({
            id,
            slug,
            title,
            order,
          })),
          questions: await readinessQuestions(),
        },
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/assessment/readiness/results',
      operationId: 'scoreReadiness',
      summary: 'Score a readiness self-assessment',
      description:
        'Send the answers, or a share code that holds them. Returns a score per topic and overall, a prioritised action plan pointing at guidance, and a share code for the answers. Nothing is stored.',
      tags: ['Self-assessment'],
      body: ReadinessResultsRequestSchema,
      cache: 'none',
      responses: [
        { status: 200, description: 'The results', schema: ReadinessResultsResponseSchema },
      ],
      handle: async ({ body, req }) => {
        const questions = await readinessQuestions();
        let answers: unknown;
        if (body.code !== undefined) {
          try {
            answers = decodeShareCode({ code: body.code, kind: 'readiness', questions }).answers;
          } catch (error) {
            throw atPath(error, ['body', 'code']);
          }
        } else {
          answers = rawAnswers(req);
        }
        const topicList = await topics();
        const result = underBody(() => scoreAssessment({ questions, topics: topicList, answers }));
        const code = encodeShareCode({ kind: 'readiness', questions, answers });
        return { body: { result, answers, code } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/assessment/expectations',
      operationId: 'getExpectationStatements',
      summary: 'Get the shared expectations exercise: its scale, stakeholder groups and statements',
      tags: ['Shared expectations'],
      cache: 'published',
      responses: [
        { status: 200, description: 'The statements', schema: ExpectationsQuestionnaireSchema },
      ],
      handle: async () => ({
        body: {
          scale: agreementScale,
          groups: stakeholderGroups.map((id) => ({ id, label: stakeholderGroupLabels[id] })),
          questions: await expectationQuestions(),
        },
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/assessment/expectations/share-codes',
      operationId: 'createExpectationsShareCode',
      summary: 'Turn one person’s answers into a share code',
      description:
        'The code holds the answers and stakeholder group; nothing is stored on the server.',
      tags: ['Shared expectations'],
      body: CreateShareCodeRequestSchema,
      cache: 'none',
      responses: [{ status: 201, description: 'The share code', schema: ShareCodeResponseSchema }],
      handle: async ({ body, req }) => {
        const questions = await expectationQuestions();
        const code = underBody(() =>
          encodeShareCode({
            kind: 'expectations',
            questions,
            group: body.group,
            answers: rawAnswers(req),
          }),
        );
        return {
          status: 201,
          body: { kind: 'expectations', code, group: body.group ?? null, answers: body.answers },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/assessment/expectations/share-codes/read',
      operationId: 'readExpectationsShareCode',
      summary: 'Read the answers held in a share code',
      tags: ['Shared expectations'],
      body: ReadShareCodeRequestSchema,
      cache: 'none',
      responses: [
        { status: 200, description: 'The answers in the code', schema: ShareCodeResponseSchema },
      ],
      handle: async ({ body }) => {
        try {
          const decoded = decodeShareCode({
            code: body.code,
            kind: 'expectations',
            questions: await expectationQuestions(),
          });
          return {
            body: {
              kind: 'expectations',
              code: body.code,
              group: decoded.group ?? null,
              answers: decoded.answers,
            },
          };
        } catch (error) {
          throw atPath(error, ['body', 'code']);
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/assessment/expectations/comparisons',
      operationId: 'compareExpectations',
      summary: 'Compare several people’s share codes to see where expectations of the role diverge',
      tags: ['Shared expectations'],
      body: CompareExpectationsRequestSchema,
      cache: 'none',
      responses: [
        {
          status: 200,
          description: 'Statements, most divergent first',
          schema: ExpectationComparisonSchema,
        },
      ],
      handle: async ({ body }) => {
        const questions = await expectationQuestions();
        const respondents = body.respondents.map((respondent, index) => {
          let decoded: ReturnType<typeof decodeShareCode>;
          try {
            decoded = decodeShareCode({ code: respondent.code, kind: 'expectations', questions });
          } catch (error) {
            throw atPath(error, ['body', 'respondents', index, 'code']);
          }
          const group = respondent.group ?? decoded.group;
          if (!group) {
            throw new AppError('VALIDATION_FAILED', 'Respondent without a stakeholder group', {
              safeMessage: `Choose a stakeholder group for ${respondent.label}.`,
              issues: [
                {
                  path: ['body', 'respondents', index, 'group'],
                  message: `Choose a stakeholder group for ${respondent.label}: the code does not hold one`,
                  rule: 'missing-group',
                },
              ],
            });
          }
          return { label: respondent.label, group, answers: decoded.answers };
        });
        return { body: underBody(() => compareExpectations({ questions, respondents })) };
      },
    }),
  ];
}
