import {
  type Answer,
  type Answers,
  decodeShareCode,
  encodeShareCode,
  NOT_APPLICABLE,
  type ReadinessQuestion,
  type ReadinessQuestionnaireSchema,
} from '@peer-toolkit/core';
import type { z } from 'zod';

export type ReadinessQuestionnaire = z.infer<typeof ReadinessQuestionnaireSchema>;
type QuestionnaireTopic = ReadinessQuestionnaire['topics'][number];

/** One page of the self-assessment: the questions of one toolkit topic. */
export interface AssessmentStep {
  /** 1-based, as shown ("Step 3 of 12") and used in addresses. */
  number: number;
  topic: QuestionnaireTopic;
  questions: ReadinessQuestion[];
}

/** The radio value for "Not sure", which leaves a question unanswered. */
export const NOT_SURE = 'not-sure';

/**
 * Groups the questions by topic, in topic order and then question order. Topics without
 * questions get no step.
 */
export function buildSteps({ topics, questions }: ReadinessQuestionnaire): AssessmentStep[] {
  const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
    a.order - b.order || a.id.localeCompare(b.id);
  return [...topics]
    .sort(byOrder)
    .map((topic) => ({
      topic,
      questions: questions.filter((question) => question.topicId === topic.id).sort(byOrder),
    }))
    .filter((step) => step.questions.length > 0)
    .map((step, index) => ({ ...step, number: index + 1 }));
}

/** The form field that holds a question's answer. */
export function answerFieldName(questionId: string): string {
  return `answer-${questionId}`;
}

/** The value a radio button sends for an answer. */
export function answerFieldValue(answer: Answer | undefined): string {
  return answer === undefined ? NOT_SURE : String(answer);
}

/**
 * Reads one step's radio answers from a submitted form. A missing field or "Not sure" means
 * unanswered; anything that is not an allowed answer is treated as unanswered too, since the
 * radios cannot send it.
 */
export function readStepAnswers(
  fields: URLSearchParams,
  step: Pick<AssessmentStep, 'questions'>,
): Record<string, Answer | undefined> {
  const read: Record<string, Answer | undefined> = {};
  for (const question of step.questions) {
    const raw = fields.get(answerFieldName(question.id));
    if (raw === NOT_APPLICABLE && question.mayNotApply) read[question.id] = NOT_APPLICABLE;
    else if (raw !== null && /^[0-4]$/.test(raw)) read[question.id] = Number(raw);
    else read[question.id] = undefined;
  }
  return read;
}

/** The answers so far with one step's answers replacing what that step held before. */
export function mergeStepAnswers(
  answers: Answers,
  stepAnswers: Record<string, Answer | undefined>,
): Answers {
  const merged: Answers = { ...answers };
  for (const [id, answer] of Object.entries(stepAnswers)) {
    if (answer === undefined) delete merged[id];
    else merged[id] = answer;
  }
  return merged;
}

/** Reads the answers a share code holds; throws core's INVALID_SHARE_CODE error if it is bad. */
export function readCode(code: string | null, questions: readonly ReadinessQuestion[]): Answers {
  if (code === null || code.trim() === '') return {};
  return decodeShareCode({ code, kind: 'readiness', questions }).answers;
}

export function writeCode(answers: Answers, questions: readonly ReadinessQuestion[]): string {
  return encodeShareCode({ kind: 'readiness', questions, answers });
}

export function stepAddress(step: number, code: string): string {
  return `/self-assessment/step/${step}?code=${encodeURIComponent(code)}`;
}

export function resultsAddress(code: string): string {
  return `/self-assessment/results?code=${encodeURIComponent(code)}`;
}

/**
 * Where a step's form goes: forward to the next step or the results, or back to the previous
 * step or the introduction. Both directions keep the answers just given.
 */
export function nextAddress({
  step,
  stepCount,
  direction,
  code,
}: {
  step: number;
  stepCount: number;
  direction: 'back' | 'next';
  code: string;
}): string {
  if (direction === 'back') {
    return step <= 1
      ? `/self-assessment?code=${encodeURIComponent(code)}`
      : stepAddress(step - 1, code);
  }
  return step >= stepCount ? resultsAddress(code) : stepAddress(step + 1, code);
}

/** An answer in words, as the person chose it. */
export function describeAnswer(
  answer: Answer | undefined,
  questionnaire: Pick<ReadinessQuestionnaire, 'scale' | 'notApplicableLabel'>,
): string {
  if (answer === undefined) return questionnaire.scale.notSureLabel;
  if (answer === NOT_APPLICABLE) return questionnaire.notApplicableLabel;
  return questionnaire.scale.options.find((option) => option.value === answer)?.label ?? '';
}
