import {
  type Answers,
  AppError,
  decodeShareCode,
  type ExpectationComparison,
  ExpectationComparisonSchema,
  ExpectationsQuestionnaireSchema,
  pageOf,
  ShareCodeResponseSchema,
  ToolkitTopicSchema,
} from '@peer-toolkit/core';
import type { Crumb } from '@peer-toolkit/ui';
import type { ApiClient } from '../../api/api-client.js';
import type { PageResult, PageRoute } from '../../render/page.js';
import { withContent } from '../../render/with-content.js';
import { AnswerForm } from './answer-form.js';
import { CompareFormView } from './compare-form.js';
import { ComparisonView, type TopicLink } from './comparison-view.js';
import {
  checkAnswersForm,
  checkCompareRows,
  compareFormQuery,
  type ExpectationAnswersForm,
  type ExpectationsQuestionnaire,
  errorsFromApi,
  type FieldError,
  readAnswersForm,
  readCompareForm,
} from './expectation-forms.js';
import { SharedExpectationsIntro } from './intro-view.js';
import { ShareCodeView } from './share-code-view.js';

const crumbs: Crumb[] = [{ href: '/', label: 'Home' }];
const inExercise: Crumb[] = [
  ...crumbs,
  { href: '/shared-expectations', label: 'Shared expectations' },
];

function loadQuestionnaire(api: ApiClient): Promise<ExpectationsQuestionnaire> {
  return api.get('/assessment/expectations', ExpectationsQuestionnaireSchema);
}

async function loadTopicLinks(api: ApiClient): Promise<Map<string, TopicLink>> {
  const topics = (await api.get('/topics?pageSize=100', pageOf(ToolkitTopicSchema))).items;
  return new Map(topics.map((topic) => [topic.id, { slug: topic.slug, title: topic.title }]));
}

/** Reads a share code without a round trip; undefined when it cannot be read. */
function tryDecode(code: string, questionnaire: ExpectationsQuestionnaire) {
  try {
    return decodeShareCode({ code, kind: 'expectations', questions: questionnaire.questions });
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

export const sharedExpectationsIntroRoute: PageRoute = {
  path: '/shared-expectations',
  async render({ api }) {
    const [questionnaire, topic] = await Promise.all([
      loadQuestionnaire(api),
      api.find('/topics/shared-expectations', ToolkitTopicSchema),
    ]);
    return {
      title: 'Shared expectations exercise',
      description:
        'Find out whether everyone planning a peer worker role expects the same things of it: each person answers a few statements and a facilitator compares the answers.',
      breadcrumbs: crumbs,
      body: await withContent(
        api,
        <SharedExpectationsIntro statementCount={questionnaire.questions.length} topic={topic} />,
      ),
    };
  },
};

function answerPage(
  questionnaire: ExpectationsQuestionnaire,
  values: ExpectationAnswersForm | undefined,
  errors: FieldError[],
): PageResult {
  return {
    ...(errors.length > 0 ? { status: 400 } : {}),
    title: `${errors.length > 0 ? 'Error: ' : ''}Your answers – Shared expectations`,
    description: 'Say how much you agree with statements about the peer worker role.',
    breadcrumbs: inExercise,
    scripts: ['shared-expectations'],
    body: <AnswerForm questionnaire={questionnaire} values={values} errors={errors} />,
  };
}

export const sharedExpectationsAnswerRoute: PageRoute = {
  path: '/shared-expectations/answer',
  async render({ api, url }) {
    const questionnaire = await loadQuestionnaire(api);
    // "Change your answers" comes back here with the code, to start from the answers it holds.
    const code = url.searchParams.get('code');
    const decoded = code ? tryDecode(code, questionnaire) : undefined;
    const values = decoded
      ? { group: decoded.group, answers: decoded.answers as Record<string, number> }
      : undefined;
    return answerPage(questionnaire, values, []);
  },
};

/** Where the answer form goes: checks it, asks the API for a code, and shows the code. */
export const sharedExpectationsAnswersRoute: PageRoute = {
  path: '/shared-expectations/answers',
  async render({ api, url }) {
    const questionnaire = await loadQuestionnaire(api);
    const form = readAnswersForm(url.searchParams, questionnaire.questions);
    const errors = checkAnswersForm(form, questionnaire.questions);
    if (errors.length > 0) return answerPage(questionnaire, form, errors);
    const made = await api.post(
      '/assessment/expectations/share-codes',
      { group: form.group, answers: form.answers },
      ShareCodeResponseSchema,
    );
    return { redirect: `/shared-expectations/your-code?code=${encodeURIComponent(made.code)}` };
  },
  listPaths: async () => [],
};

export const sharedExpectationsCodeRoute: PageRoute = {
  path: '/shared-expectations/your-code',
  async render({ api, url }) {
    const questionnaire = await loadQuestionnaire(api);
    const code = url.searchParams.get('code')?.trim() ?? '';
    const decoded = code ? tryDecode(code, questionnaire) : undefined;
    if (!decoded) {
      return {
        status: 400,
        title: 'Error: This share code cannot be read – Shared expectations',
        description: 'The share code in the address could not be read.',
        breadcrumbs: inExercise,
        noindex: true,
        body: (
          <>
            <h1>This share code cannot be read</h1>
            <p className="ptk-two-thirds">
              The address may have been cut short or changed when it was copied. Answer the
              statements again to get a new code.
            </p>
            <a href="/shared-expectations/answer" className="ptk-button">
              Answer the statements
            </a>
          </>
        ),
      };
    }
    return {
      title: 'Your share code – Shared expectations',
      description: 'Your share code for the shared expectations exercise.',
      breadcrumbs: inExercise,
      noindex: true,
      scripts: ['shared-expectations'],
      body: (
        <ShareCodeView
          code={code.toUpperCase()}
          group={decoded.group}
          answers={decoded.answers as Answers}
          questionnaire={questionnaire}
        />
      ),
    };
  },
  listPaths: async () => [],
};

export const sharedExpectationsCompareRoute: PageRoute = {
  path: '/shared-expectations/compare',
  async render({ api, url }) {
    const questionnaire = await loadQuestionnaire(api);
    const form = readCompareForm(url.searchParams);
    const formPage = (errors: FieldError[]): PageResult => ({
      ...(errors.length > 0 ? { status: 400 } : {}),
      title: `${errors.length > 0 ? 'Error: ' : ''}Compare share codes – Shared expectations`,
      description:
        'Enter several people’s share codes to see where their expectations of the peer worker role differ.',
      breadcrumbs: inExercise,
      noindex: true,
      scripts: ['shared-expectations'],
      body: <CompareFormView rows={form.rows} groups={questionnaire.groups} errors={errors} />,
    });
    if (!form.isComparing) return formPage([]);

    const checked = checkCompareRows(form.rows, questionnaire.questions);
    if (checked.errors.length > 0) return formPage(checked.errors);
    const rowNumbers = form.rows.filter((row) => row.label || row.code).map((row) => row.number);
    let comparison: ExpectationComparison;
    try {
      comparison = await api.post(
        '/assessment/expectations/comparisons',
        { respondents: checked.respondents },
        ExpectationComparisonSchema,
      );
    } catch (error) {
      // The API refusing what the site accepted (statements changed in between) is the
      // facilitator's to fix; an API that is down is not.
      if (
        error instanceof AppError &&
        (error.code === 'INVALID_SHARE_CODE' || error.code === 'VALIDATION_FAILED')
      ) {
        return formPage(errorsFromApi(error, rowNumbers));
      }
      throw error;
    }
    const topics = await loadTopicLinks(api);
    return {
      title: 'Where expectations differ – Shared expectations',
      description: 'Where a planning group’s expectations of the peer worker role differ.',
      breadcrumbs: inExercise,
      noindex: true,
      body: (
        <ComparisonView
          comparison={comparison}
          questionnaire={questionnaire}
          topics={topics}
          changeHref={`/shared-expectations/compare?${compareFormQuery(form.rows)}`}
        />
      ),
    };
  },
  // A form for facilitators, kept out of the sitemap like its results.
  listPaths: async () => [],
};

export const sharedExpectationsRoutes: PageRoute[] = [
  sharedExpectationsIntroRoute,
  sharedExpectationsAnswerRoute,
  sharedExpectationsAnswersRoute,
  sharedExpectationsCodeRoute,
  sharedExpectationsCompareRoute,
];
