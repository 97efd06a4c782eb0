import { AppError } from '../errors/app-error.js';
import type { ProblemIssue } from '../errors/problem-details.js';
import { type Answers, AnswersSchema, NOT_APPLICABLE } from './answer-scale.js';

export interface AnswerableQuestion {
  id: string;
  /** Whether "does not apply" is an allowed answer. */
  mayNotApply?: boolean;
}

/**
 * Parses answers and refuses any that name a question not in the set, or say "does not apply"
 * where the question does not allow it, so a stale or edited answer list is reported instead of
 * silently ignored.
 */
export function checkAnswers(answers: unknown, questions: readonly AnswerableQuestion[]): Answers {
  const parsed = AnswersSchema.safeParse(answers);
  const issues: ProblemIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: ['answers', ...issue.path.map(String)],
        message: issue.message,
        rule: issue.code,
      }));
  if (parsed.success) {
    const byId = new Map(questions.map((question) => [question.id, question]));
    // Keys come from the input itself: a key such as "__proto__" from JSON.parse is an own
    // property there but does not survive parsing, and must still be refused.
    for (const id of Object.keys(answers as object)) {
      const value = (answers as Record<string, unknown>)[id];
      const question = byId.get(id);
      if (!question) {
        issues.push({
          path: ['answers', id],
          message: `There is no question "${id}"`,
          rule: 'unknown-question',
        });
      } else if (value === NOT_APPLICABLE && !question.mayNotApply) {
        issues.push({
          path: ['answers', id],
          message:
            'Choose one of the answers on the scale: this question applies to every organisation',
          rule: 'not-applicable-refused',
        });
      }
    }
  }
  if (issues.length > 0 || !parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'Answers do not fit the questions', {
      safeMessage: 'Some answers do not match the questions. Check them and try again.',
      issues,
    });
  }
  return parsed.data;
}
