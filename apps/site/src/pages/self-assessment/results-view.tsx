import {
  type Answers,
  type AssessmentResult,
  type PlannedAction,
  readinessBandLabels,
} from '@peer-toolkit/core';
import {
  describeAnswer,
  type ReadinessQuestionnaire,
  resultsAddress,
  stepAddress,
} from './readiness-steps.js';
import { formatDate, groupActions, priorityLabels } from './results-text.js';

type Labels = Pick<ReadinessQuestionnaire, 'scale' | 'notApplicableLabel'>;

const priorityHelp = {
  high: 'The most important things that are furthest from being in place. Start here.',
  medium: 'Important things that are partly in place, or useful things not yet started.',
  low: 'Smaller steps to finish things that are mostly in place.',
} as const;

/** "2 of 3", with "(1 does not apply)" where some do not apply. */
export function answeredText(score: AssessmentResult['overall']): string {
  const notApplicable =
    score.notApplicable > 0
      ? ` (${score.notApplicable} ${score.notApplicable === 1 ? 'does' : 'do'} not apply)`
      : '';
  return `${score.answered} of ${score.total}${notApplicable}`;
}

function answeredSentence(score: AssessmentResult['overall']): string {
  const notApplicable =
    score.notApplicable > 0
      ? `, and said ${score.notApplicable} ${score.notApplicable === 1 ? 'does' : 'do'} not apply to you`
      : '';
  return `You answered ${score.answered - score.notApplicable} of the ${score.total} questions${notApplicable}.`;
}

function ActionItem({
  action,
  answers,
  labels,
  siteUrl,
}: {
  action: PlannedAction;
  answers: Answers;
  labels: Labels;
  siteUrl: string;
}) {
  const href = `/topics/${action.guidance.slug}`;
  return (
    <li className="ptk-action">
      <p className="ptk-action__text">{action.action}</p>
      <p className="ptk-action__why">
        Because you answered “{describeAnswer(answers[action.questionId], labels)}” to:{' '}
        {action.prompt}
      </p>
      <p className="ptk-action__link">
        <a href={href} data-print-url={`${siteUrl}${href}`}>
          Guidance: {action.guidance.title}
        </a>
      </p>
    </li>
  );
}

/** The action plan in high, medium and low priority groups, each action linking to guidance. */
export function ActionPlan({
  actions,
  answers,
  labels,
  siteUrl,
}: {
  actions: readonly PlannedAction[];
  answers: Answers;
  labels: Labels;
  siteUrl: string;
}) {
  const groups = groupActions(actions);
  if (groups.length === 0) {
    return (
      <p>
        Everything you were asked about is fully in place, so there are no actions to suggest. Come
        back to the self-assessment when things change, such as when new peer workers or managers
        join.
      </p>
    );
  }
  let start = 1;
  return (
    <>
      {groups.map((group) => {
        const first = start;
        start += group.actions.length;
        const count = group.actions.length;
        return (
          <section
            key={group.priority}
            className="ptk-plan-group"
            aria-labelledby={`priority-${group.priority}`}
          >
            <h3 id={`priority-${group.priority}`}>
              {priorityLabels[group.priority]}{' '}
              <span className="ptk-secondary">
                ({count} {count === 1 ? 'action' : 'actions'})
              </span>
            </h3>
            <p className="ptk-secondary">{priorityHelp[group.priority]}</p>
            <ol className="ptk-action-list" start={first}>
              {group.actions.map((action) => (
                <ActionItem
                  key={action.questionId}
                  action={action}
                  answers={answers}
                  labels={labels}
                  siteUrl={siteUrl}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}

/** A score per topic, with its stage in words so no meaning rests on the bar alone. */
export function TopicScoreTable({ topics }: { topics: AssessmentResult['topics'] }) {
  return (
    <div className="ptk-table-wrap">
      <table className="ptk-table ptk-score-table">
        <caption className="ptk-visually-hidden">Readiness score for each toolkit topic</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Score</th>
            <th scope="col">Stage</th>
            <th scope="col">Answered</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => {
            const href = `/topics/${topic.topicSlug}`;
            return (
              <tr key={topic.topicId}>
                <th scope="row">
                  <a href={href}>{topic.topicTitle}</a>
                </th>
                <td className="ptk-score-table__score">
                  <span className="ptk-score-table__number">{topic.score}%</span>
                  <meter
                    className="ptk-score-meter"
                    min={0}
                    max={100}
                    low={25}
                    high={75}
                    optimum={100}
                    value={topic.score}
                    aria-hidden="true"
                  />
                </td>
                <td>{readinessBandLabels[topic.band]}</td>
                <td>{answeredText(topic)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export interface ResultsViewProps {
  result: AssessmentResult;
  answers: Answers;
  code: string;
  labels: Labels;
  siteUrl: string;
  date: Date;
  /** Topics left out of the score because none of their questions apply. */
  notScored: readonly { title: string; slug: string }[];
}

/** The results page: overall score, a score per topic, the action plan and the share code. */
export function ResultsView({
  result,
  answers,
  code,
  labels,
  siteUrl,
  date,
  notScored,
}: ResultsViewProps) {
  const { overall } = result;
  return (
    <div className="ptk-assessment-results" data-results-code={code}>
      <h1>
        <span className="ptk-caption">Readiness self-assessment</span> Your results
      </h1>
      <p className="ptk-secondary">{formatDate(date)}</p>

      <div className="ptk-result-panel">
        <p className="ptk-result-panel__label">Overall readiness</p>
        <p className="ptk-result-panel__score">{overall.score}%</p>
        <p className="ptk-result-panel__band">{readinessBandLabels[overall.band]}</p>
      </div>
      <p className="ptk-two-thirds">
        {answeredSentence(overall)} A question answered “{labels.scale.notSureLabel}” counts as not
        started, so your score may be higher once you find out.
      </p>

      <div className="ptk-button-group ptk-no-print">
        <button
          type="button"
          className="ptk-button ptk-button--secondary"
          data-print-results
          hidden
        >
          Print your results
        </button>
        <a
          className="ptk-button ptk-button--secondary"
          href={`/self-assessment/results.txt?code=${encodeURIComponent(code)}`}
        >
          Download your results (text file)
        </a>
      </div>

      <h2 id="by-topic">Readiness by topic</h2>
      <TopicScoreTable topics={result.topics} />
      <p className="ptk-secondary ptk-two-thirds">
        Stages: {readinessBandLabels['not-started']} (below 25%), {readinessBandLabels.early} (25 to
        49%), {readinessBandLabels.developing} (50 to 74%), {readinessBandLabels.established} (75%
        and over).
      </p>
      {notScored.length > 0 ? (
        <p className="ptk-two-thirds">
          Not scored, because you said none of their questions apply to you:{' '}
          {notScored.map((topic, index) => (
            <span key={topic.slug}>
              {index > 0 ? ', ' : null}
              <a href={`/topics/${topic.slug}`}>{topic.title}</a>
            </span>
          ))}
          .
        </p>
      ) : null}

      <h2 id="action-plan">Your action plan</h2>
      <p className="ptk-two-thirds">
        Each action comes from a question where something is not yet fully in place, and links to
        the toolkit guidance that helps. The most urgent come first.
      </p>
      <ActionPlan actions={result.actions} answers={answers} labels={labels} siteUrl={siteUrl} />

      <h2 id="share-code">Keep your answers</h2>
      <p className="ptk-two-thirds">
        Your answers are held in this share code, not on our server. Keep the code, or bookmark the
        link below, to come back to these results or to change your answers.
      </p>
      <p className="ptk-share-code">
        <span className="ptk-share-code__label">Your share code</span>{' '}
        <code className="ptk-share-code__value">{code}</code>
      </p>
      <ul className="ptk-list">
        <li>
          <a href={resultsAddress(code)} data-print-url={`${siteUrl}${resultsAddress(code)}`}>
            Come back to these results
          </a>
        </li>
        <li className="ptk-no-print">
          <a href={stepAddress(1, code)}>Change your answers</a>
        </li>
        <li className="ptk-no-print">
          <a href="/self-assessment">Start a new self-assessment</a>
        </li>
      </ul>
      <div className="ptk-no-print ptk-saved-answers" data-clear-saved hidden>
        <p className="ptk-two-thirds">
          This browser also keeps your answers so you can carry on later. If you share this device,
          you can clear them.
        </p>
        <button type="button" className="ptk-button ptk-button--secondary" data-clear-answers>
          Clear my answers from this browser
        </button>
        <p className="ptk-secondary" role="status" data-clear-status />
      </div>
    </div>
  );
}
