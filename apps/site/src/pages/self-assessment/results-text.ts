import {
  type ActionPriority,
  type Answers,
  type AssessmentResult,
  type PlannedAction,
  readinessBandLabels,
} from '@peer-toolkit/core';
import { describeAnswer, type ReadinessQuestionnaire, resultsAddress } from './readiness-steps.js';

export const priorityLabels = {
  high: 'High priority',
  medium: 'Medium priority',
  low: 'Low priority',
} as const satisfies Record<ActionPriority, string>;

export const priorities: readonly ActionPriority[] = ['high', 'medium', 'low'];

/** The action plan in priority groups, each keeping the plan's own order; empty groups dropped. */
export function groupActions(
  actions: readonly PlannedAction[],
): { priority: ActionPriority; actions: PlannedAction[] }[] {
  return priorities
    .map((priority) => ({
      priority,
      actions: actions.filter((action) => action.priority === priority),
    }))
    .filter((group) => group.actions.length > 0);
}

/** "26 November 2025", in UK style and independent of the server's locale data. */
export function formatDate(date: Date): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A file name that sorts by date: readiness-results-2025-11-26.txt. */
export function resultsFileName(date: Date): string {
  return `readiness-results-${date.toISOString().slice(0, 10)}.txt`;
}

export interface ResultsTextInput {
  result: AssessmentResult;
  answers: Answers;
  code: string;
  labels: Pick<ReadinessQuestionnaire, 'scale' | 'notApplicableLabel'>;
  /** The site's address, such as https://toolkit.example.org, for links that work on paper. */
  siteUrl: string;
  date: Date;
}

function answeredLine(score: AssessmentResult['overall']): string {
  const notApplicable =
    score.notApplicable > 0 ? `, ${score.notApplicable} of them "does not apply"` : '';
  return `${score.answered} of ${score.total} questions answered${notApplicable}`;
}

/**
 * The results as a plain-text document to keep: readable as it is, and as Markdown. Every link is
 * a full address, and the share code brings the answers back.
 */
export function buildResultsText({
  result,
  answers,
  code,
  labels,
  siteUrl,
  date,
}: ResultsTextInput): string {
  const lines: string[] = [
    '# Readiness self-assessment results',
    '',
    'Peer Worker Toolkit: introducing peer workers into mental health services',
    `Date: ${formatDate(date)}`,
    '',
    '## Overall',
    '',
    `Overall readiness: ${result.overall.score}% (${readinessBandLabels[result.overall.band]})`,
    `${answeredLine(result.overall)}. Questions answered "${labels.scale.notSureLabel}" count as not started.`,
    '',
    '## Readiness by topic',
    '',
  ];
  for (const topic of result.topics) {
    lines.push(
      `- ${topic.topicTitle}: ${topic.score}% (${readinessBandLabels[topic.band]}); ${answeredLine(topic)}`,
    );
  }
  lines.push('', '## Action plan', '');
  const groups = groupActions(result.actions);
  if (groups.length === 0) {
    lines.push('Everything you were asked about is fully in place. No actions to suggest.', '');
  }
  let number = 0;
  for (const group of groups) {
    lines.push(`### ${priorityLabels[group.priority]}`, '');
    for (const action of group.actions) {
      number += 1;
      lines.push(
        `${number}. ${action.action}`,
        `   Why: ${action.prompt} (Your answer: ${describeAnswer(answers[action.questionId], labels)})`,
        `   Guidance: ${action.guidance.title}, ${siteUrl}/topics/${action.guidance.slug}`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Your share code',
    '',
    code,
    '',
    'The code holds your answers. Nothing was stored on our server.',
    `To see these results again: ${siteUrl}${resultsAddress(code)}`,
    '',
  );
  return lines.join('\n');
}
