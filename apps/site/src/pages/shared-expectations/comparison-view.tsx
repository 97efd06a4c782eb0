import {
  type AgreementLevel,
  agreementLevelLabels,
  type ExpectationComparison,
  type StakeholderGroup,
  type StatementComparison,
  stakeholderGroups,
} from '@peer-toolkit/core';
import { Tag } from '@peer-toolkit/ui';
import { describeMean, type ExpectationsQuestionnaire, formatMean } from './expectation-forms.js';

const levelTones = {
  divergent: 'red',
  'some-difference': 'orange',
  agreed: 'green',
  'too-few-answers': 'neutral',
} as const satisfies Record<AgreementLevel, 'red' | 'orange' | 'green' | 'neutral'>;

const levelHelp: Record<AgreementLevel, string> = {
  divergent: 'some people agree while others disagree',
  'some-difference': 'answers are two or more steps apart, but nobody is on the opposite side',
  agreed: 'everyone’s answers are within one step of each other',
  'too-few-answers': 'fewer than two people answered',
};

const levelOrder: AgreementLevel[] = ['divergent', 'some-difference', 'agreed', 'too-few-answers'];

export interface TopicLink {
  slug: string;
  title: string;
}

type Scale = ExpectationsQuestionnaire['scale'];

function labelFor(value: number | null, scale: Scale): string {
  if (value === null) return scale.notSureLabel;
  return scale.options.find((option) => option.value === value)?.label ?? String(value);
}

function spreadText(statement: StatementComparison, scale: Scale): string {
  const given = statement.answers.filter((value): value is number => value !== null);
  if (given.length < 2) return 'Spread: not enough answers.';
  if (statement.spread === 0)
    return `Spread: none, everyone answered “${labelFor(given[0] ?? null, scale)}”.`;
  const steps = statement.spread === 1 ? '1 step' : `${statement.spread} steps`;
  return `Spread: ${steps}, from “${labelFor(Math.min(...given), scale)}” to “${labelFor(Math.max(...given), scale)}”.`;
}

function StatementResult({
  statement,
  number,
  comparison,
  groupLabels,
  scale,
  topic,
}: {
  statement: StatementComparison;
  number: number;
  comparison: ExpectationComparison;
  groupLabels: ReadonlyMap<StakeholderGroup, string>;
  scale: Scale;
  topic: TopicLink | undefined;
}) {
  const headingId = `statement-${statement.questionId}`;
  const means = stakeholderGroups.flatMap((group) => {
    const mean = statement.groupMeans[group];
    return mean === undefined ? [] : [{ group, mean }];
  });
  return (
    <section
      className={`ptk-statement ptk-statement--${statement.level}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <span className="ptk-statement__number">{number}.</span> {statement.statement}
      </h3>
      <p className="ptk-statement__level">
        <Tag tone={levelTones[statement.level]}>{agreementLevelLabels[statement.level]}</Tag>{' '}
        <span className="ptk-statement__spread">{spreadText(statement, scale)}</span>
      </p>
      <div className="ptk-table-wrap">
        <table className="ptk-table ptk-answers-table">
          <caption className="ptk-visually-hidden">
            Each person’s answer to statement {number}
          </caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Group</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {comparison.respondents.map((respondent, index) => (
              <tr key={respondent.label}>
                <th scope="row">{respondent.label}</th>
                <td>{groupLabels.get(respondent.group) ?? respondent.group}</td>
                <td>{labelFor(statement.answers[index] ?? null, scale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {means.length > 0 ? (
        <>
          <p className="ptk-group-means__title">Average by group</p>
          <ul className="ptk-group-means">
            {means.map(({ group, mean }) => (
              <li key={group}>
                {groupLabels.get(group) ?? group}: {formatMean(mean)} ({describeMean(mean, scale)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {topic ? (
        <p className="ptk-statement__topic">
          Talk it through: <a href={`/topics/${topic.slug}`}>{topic.title}</a>
        </p>
      ) : null}
    </section>
  );
}

/** Where a group's expectations of the role differ: statements most divergent first. */
export function ComparisonView({
  comparison,
  questionnaire,
  topics,
  changeHref,
}: {
  comparison: ExpectationComparison;
  questionnaire: ExpectationsQuestionnaire;
  topics: ReadonlyMap<string, TopicLink>;
  /** The compare form again, with every row still filled in. */
  changeHref: string;
}) {
  const groupLabels = new Map(questionnaire.groups.map((group) => [group.id, group.label]));
  const { scale } = questionnaire;
  const lowest = scale.options[0];
  const highest = scale.options[scale.options.length - 1];
  return (
    <>
      <h1>
        <span className="ptk-caption">Shared expectations</span> Where expectations differ
      </h1>
      <p className="ptk-lead">
        Comparing the answers of {comparison.respondents.length} people to{' '}
        {comparison.statements.length} statements about the peer worker role.
      </p>
      <ul className="ptk-list ptk-level-counts">
        {levelOrder.map((level) =>
          comparison.counts[level] > 0 ? (
            <li key={level}>
              <strong>{agreementLevelLabels[level]}</strong>: {comparison.counts[level]}{' '}
              {comparison.counts[level] === 1 ? 'statement' : 'statements'} ({levelHelp[level]})
            </li>
          ) : null,
        )}
      </ul>
      <p className="ptk-two-thirds">
        Start the conversation with the statements at the top. Each links to the toolkit topic that
        helps you talk it through. Group averages run from 0 ({lowest?.label}) to{' '}
        {scale.options.length - 1} ({highest?.label}); “{scale.notSureLabel}” is left out.
      </p>
      <div className="ptk-button-group ptk-no-print">
        <a href={changeHref} className="ptk-button ptk-button--secondary">
          Change the codes or labels
        </a>
      </div>

      <h2>People compared</h2>
      <ul className="ptk-list">
        {comparison.respondents.map((respondent) => (
          <li key={respondent.label}>
            {respondent.label}: {groupLabels.get(respondent.group) ?? respondent.group}
          </li>
        ))}
      </ul>

      <h2>Statements, most divergent first</h2>
      {comparison.statements.map((statement, index) => (
        <StatementResult
          key={statement.questionId}
          statement={statement}
          number={index + 1}
          comparison={comparison}
          groupLabels={groupLabels}
          scale={scale}
          topic={topics.get(statement.topicId)}
        />
      ))}
    </>
  );
}
