import type { ExpectationQuestionInput } from '../../assessment/expectation-question.js';
import type { ReadinessQuestionInput } from '../../assessment/readiness-question.js';
import { expectationQuestions as expectationQuestionList } from './expectation-questions.js';
import { readinessQuestions as readinessQuestionList } from './readiness-questions.js';

export const readinessQuestions: ReadinessQuestionInput[] = readinessQuestionList;
export const expectationQuestions: ExpectationQuestionInput[] = expectationQuestionList;
