import {
  type Answers,
  AppError,
  ReadinessQuestionnaireSchema,
  ReadinessResultsResponseSchema,
} from '@peer-toolkit/core';
import type { Crumb } from '@peer-toolkit/ui';
import type { ApiClient } from '../../api/api-client.js';
import { PageNotFound, type PageResult, type PageRoute } from '../../render/page.js';
import { CodeProblem } from './code-form.js';
import { IntroView } from './intro-view.js';
import {
  buildSteps,
  mergeStepAnswers,
  nextAddress,
  type ReadinessQuestionnaire,
  readCode,
  readStepAnswers,
  writeCode,
} from './readiness-steps.js';
import { buildResultsText, resultsFileName } from './results-text.js';
import { ResultsView } from './results-view.js';
import { StepForm } from './step-form.js';

const crumbs: Crumb[] = [{ href: '/', label: 'Home' }];
const inAssessment: Crumb[] = [...crumbs, { href: '/self-assessment', label: 'Self-assessment' }];

function loadQuestionnaire(api: ApiClient): Promise<ReadinessQuestionnaire> {
  return api.get('/assessment/readiness', ReadinessQuestionnaireSchema);
}

/** A share code the reader can fix: mistyped, cut short, changed, or made for other questions. */
function isCodeProblem(error: unknown): error is AppError {
  return (
    error instanceof AppError &&
    (error.code === 'INVALID_SHARE_CODE' || error.code === 'VALIDATION_FAILED')
  );
}

function codeProblemPage(error: AppError, code: string): PageResult {
  return {
    status: 400,
    title: 'Error: We could not read your answers',
    description: 'The share code holding the self-assessment answers could not be read.',
    section: 'self-assessment',
    breadcrumbs: inAssessment,
    noindex: true,
    scripts: ['self-assessment'],
    body: <CodeProblem message={error.safeMessage} code={code} />,
  };
}

/** Runs a page that reads a share code, turning a bad code into a page that says so. */
async function withCode(
  code: string,
  render: () => Promise<PageResult | { redirect: string }>,
): Promise<PageResult | { redirect: string }> {
  try {
    return await render();
  } catch (error) {
    if (isCodeProblem(error)) return codeProblemPage(error, code);
    throw error;
  }
}

function findStep(questionnaire: ReadinessQuestionnaire, param: unknown) {
  const steps = buildSteps(questionnaire);
  const number = /^[1-9][0-9]{0,2}$/.test(String(param)) ? Number(param) : Number.NaN;
  const step = steps.find((candidate) => candidate.number === number);
  if (!step) throw new PageNotFound();
  return { step, steps };
}

export const selfAssessmentIntroRoute: PageRoute = {
  path: '/self-assessment',
  async render({ api, url }) {
    const questionnaire = await loadQuestionnaire(api);
    const steps = buildSteps(questionnaire);
    // Back from the first step comes here with the answers so far; Start carries them on.
    const code = url.searchParams.get('code')?.trim();
    const startHref = code
      ? `/self-assessment/step/1?code=${encodeURIComponent(code)}`
      : '/self-assessment/step/1';
    return {
      title: 'Readiness self-assessment',
      description:
        'Check how ready your organisation is to introduce peer worker roles, topic by topic, and get a prioritised action plan that links to the guidance.',
      section: 'self-assessment',
      breadcrumbs: crumbs,
      scripts: ['self-assessment'],
      body: (
        <IntroView
          questionCount={questionnaire.questions.length}
          stepCount={steps.length}
          startHref={startHref}
        />
      ),
    };
  },
};

export const selfAssessmentStepRoute: PageRoute = {
  path: '/self-assessment/step/:n',
  async render({ api, req, url }) {
    const questionnaire = await loadQuestionnaire(api);
    const { step, steps } = findStep(questionnaire, req.params.n);
    const given = url.searchParams.get('code') ?? '';
    return withCode(given, async () => {
      const answers = readCode(given, questionnaire.questions);
      // Always re-encode, so the form carries a code in its tidy form even after a fresh start.
      const code = writeCode(answers, questionnaire.questions);
      return {
        title: `Step ${step.number} of ${steps.length}: ${step.topic.title} – Readiness self-assessment`,
        description: `Readiness self-assessment questions on ${step.topic.title.toLowerCase()}.`,
        section: 'self-assessment',
        breadcrumbs: inAssessment,
        noindex: true,
        scripts: ['self-assessment'],
        body: (
          <StepForm
            step={step}
            stepCount={steps.length}
            code={code}
            answers={answers}
            labels={questionnaire}
          />
        ),
      };
    });
  },
};

/** Where a step's form goes: merges its answers into the code and moves on. */
export const selfAssessmentStepAnswersRoute: PageRoute = {
  path: '/self-assessment/step/:n/answers',
  async render({ api, req, url }) {
    const questionnaire = await loadQuestionnaire(api);
    const { step, steps } = findStep(questionnaire, req.params.n);
    const given = url.searchParams.get('code') ?? '';
    return withCode(given, async () => {
      const answers: Answers = mergeStepAnswers(
        readCode(given, questionnaire.questions),
        readStepAnswers(url.searchParams, step),
      );
      return {
        redirect: nextAddress({
          step: step.number,
          stepCount: steps.length,
          direction: url.searchParams.get('go') === 'back' ? 'back' : 'next',
          code: writeCode(answers, questionnaire.questions),
        }),
      };
    });
  },
};

async function scoreCode(api: ApiClient, code: string) {
  const [questionnaire, scored] = await Promise.all([
    loadQuestionnaire(api),
    api.post('/assessment/readiness/results', { code }, ReadinessResultsResponseSchema),
  ]);
  const scoredTopics = new Set(scored.result.topics.map((topic) => topic.topicId));
  const notScored = buildSteps(questionnaire)
    .filter((step) => !scoredTopics.has(step.topic.id))
    .map((step) => ({ title: step.topic.title, slug: step.topic.slug }));
  return { questionnaire, scored, notScored };
}

export const selfAssessmentResultsRoute: PageRoute = {
  path: '/self-assessment/results',
  async render({ api, url }) {
    const code = url.searchParams.get('code')?.trim();
    if (!code) return { redirect: '/self-assessment' };
    return withCode(code, async () => {
      const { questionnaire, scored, notScored } = await scoreCode(api, code);
      return {
        title: 'Your results – Readiness self-assessment',
        description: 'Your readiness scores by topic and a prioritised action plan.',
        section: 'self-assessment',
        breadcrumbs: inAssessment,
        noindex: true,
        scripts: ['self-assessment'],
        body: (
          <ResultsView
            result={scored.result}
            answers={scored.answers}
            code={scored.code}
            labels={questionnaire}
            siteUrl={url.origin}
            date={new Date()}
            notScored={notScored}
          />
        ),
      };
    });
  },
  listPaths: async () => [],
};

export const selfAssessmentDownloadRoute: PageRoute = {
  path: '/self-assessment/results.txt',
  async render({ api, url }) {
    const code = url.searchParams.get('code')?.trim();
    if (!code) return { redirect: '/self-assessment' };
    const date = new Date();
    try {
      const { questionnaire, scored } = await scoreCode(api, code);
      return {
        download: {
          filename: resultsFileName(date),
          contentType: 'text/plain; charset=utf-8',
          body: buildResultsText({
            result: scored.result,
            answers: scored.answers,
            code: scored.code,
            labels: questionnaire,
            siteUrl: url.origin,
            date,
          }),
        },
      };
    } catch (error) {
      if (isCodeProblem(error)) return codeProblemPage(error, code);
      throw error;
    }
  },
  listPaths: async () => [],
};

export const selfAssessmentRoutes: PageRoute[] = [
  selfAssessmentIntroRoute,
  selfAssessmentStepRoute,
  selfAssessmentStepAnswersRoute,
  selfAssessmentResultsRoute,
  selfAssessmentDownloadRoute,
];
