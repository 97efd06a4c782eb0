import type { ToolkitTopic } from '../domain/toolkit-topic.js';
import { type Answers, NOT_APPLICABLE, SCALE_MAX } from './answer-scale.js';
import type {
  ActionPriority,
  AssessmentResult,
  PlannedAction,
  ReadinessBand,
} from './assessment-result.js';
import { checkAnswers } from './check-answers.js';
import type { ReadinessQuestion } from './readiness-question.js';

export interface ScoreAssessmentInput {
  questions: readonly ReadinessQuestion[];
  topics: readonly Pick<ToolkitTopic, 'id' | 'slug' | 'title' | 'order'>[];
  /**
   * Answer values keyed by question id. Unanswered questions count as not in place; "does not
   * apply" leaves a question out of the score.
   */
  answers: unknown;
}

export function bandForScore(score: number): ReadinessBand {
  if (score < 25) return 'not-started';
  if (score < 50) return 'early';
  if (score < 75) return 'developing';
  return 'established';
}

function priorityForUrgency(urgency: number): ActionPriority {
  // Urgency runs from 1 (weight 1, one step short) to 12 (weight 3, not started).
  if (urgency >= 8) return 'high';
  if (urgency >= 4) return 'medium';
  return 'low';
}

function summarise(questions: readonly ReadinessQuestion[], answers: Answers) {
  let earned = 0;
  let possible = 0;
  let answered = 0;
  let notApplicable = 0;
  for (const question of questions) {
    const value = answers[question.id];
    if (value !== undefined) answered += 1;
    if (value === NOT_APPLICABLE) {
      notApplicable += 1;
      continue;
    }
    earned += question.weight * (value ?? 0);
    possible += question.weight * SCALE_MAX;
  }
  // Rounding down means a score is never shown as higher than it is.
  const score = possible === 0 ? 0 : Math.floor((100 * earned) / possible);
  return { score, band: bandForScore(score), answered, notApplicable, total: questions.length };
}

/**
 * Scores a readiness self-assessment: a weighted percentage per topic and overall, and a
 * prioritised action list in which each gap points at the topic whose guidance helps.
 * Unanswered questions count as "not started", so answering or improving an answer can only
 * raise a score.
 */
export function scoreAssessment({
  questions,
  topics,
  answers,
}: ScoreAssessmentInput): AssessmentResult {
  const checked = checkAnswers(answers, questions);
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const orderedTopics = [...topics].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  const topicScores = orderedTopics.flatMap((topic) => {
    const topicQuestions = questions.filter((question) => question.topicId === topic.id);
    const applicable = topicQuestions.filter((question) => checked[question.id] !== NOT_APPLICABLE);
    if (applicable.length === 0) return [];
    return [
      {
        topicId: topic.id,
        topicTitle: topic.title,
        topicSlug: topic.slug,
        ...summarise(topicQuestions, checked),
      },
    ];
  });

  const topicRank = new Map(orderedTopics.map((topic, index) => [topic.id, index]));
  const actions: PlannedAction[] = questions.flatMap((question) => {
    const value = checked[question.id];
    if (value === NOT_APPLICABLE) return [];
    const gap = SCALE_MAX - (value ?? 0);
    const topic = topicById.get(question.topicId);
    if (gap === 0 || !topic) return [];
    const urgency = question.weight * gap;
    return [
      {
        questionId: question.id,
        prompt: question.prompt,
        action: question.action,
        priority: priorityForUrgency(urgency),
        urgency,
        isAnswered: value !== undefined,
        guidance: {
          collection: 'topics' as const,
          id: topic.id,
          slug: topic.slug,
          title: topic.title,
        },
      },
    ];
  });
  const questionOrder = new Map(questions.map((question) => [question.id, question.order]));
  actions.sort(
    (a, b) =>
      b.urgency - a.urgency ||
      (topicRank.get(a.guidance.id) ?? 0) - (topicRank.get(b.guidance.id) ?? 0) ||
      (questionOrder.get(a.questionId) ?? 0) - (questionOrder.get(b.questionId) ?? 0),
  );

  return { overall: summarise(questions, checked), topics: topicScores, actions };
}
