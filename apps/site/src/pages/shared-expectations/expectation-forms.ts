import {
  type AnswerScale,
  AppError,
  decodeShareCode,
  type ExpectationQuestion,
  type ExpectationsQuestionnaireSchema,
  MAX_RESPONDENTS,
  type StakeholderGroup,
  StakeholderGroupSchema,
} from '@peer-toolkit/core';
import type { z } from 'zod';

export type ExpectationsQuestionnaire = z.infer<typeof ExpectationsQuestionnaireSchema>;

/** A problem with one field: its element id (for the error summary's link) and what to do. */
export interface FieldError {
  field: string;
  /** For the error summary, where it must make sense on its own. */
  message: string;
  /** Next to the field, where the field already says whose it is; the message if absent. */
  inline?: string;
}

export const NOT_SURE = 'not-sure';

export function statementFieldName(questionId: string): string {
  return `answer-${questionId}`;
}

/** The statements in the order people see them. */
export function orderStatements(questions: readonly ExpectationQuestion[]): ExpectationQuestion[] {
  return [...questions].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export interface ExpectationAnswersForm {
  group: StakeholderGroup | undefined;
  /** Scale values 0 to 4 by statement id; "Not sure" is left out. */
  answers: Record<string, number>;
}

/** Reads the answer form. Values the radios cannot send count as "Not sure". */
export function readAnswersForm(
  fields: URLSearchParams,
  questions: readonly ExpectationQuestion[],
): ExpectationAnswersForm {
  const group = StakeholderGroupSchema.safeParse(fields.get('group'));
  const answers: Record<string, number> = {};
  for (const question of questions) {
    const raw = fields.get(statementFieldName(question.id));
    if (raw !== null && /^[0-4]$/.test(raw)) answers[question.id] = Number(raw);
  }
  return { group: group.success ? group.data : undefined, answers };
}

/** What stops a share code being made: no group chosen, or nothing answered. */
export function checkAnswersForm(
  form: ExpectationAnswersForm,
  questions: readonly ExpectationQuestion[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.group) {
    errors.push({ field: 'group', message: 'Choose the group you are answering as' });
  }
  const first = orderStatements(questions)[0];
  if (first && Object.keys(form.answers).length === 0) {
    errors.push({
      field: `${first.id}-0`,
      message: 'Answer at least one statement, choosing “Not sure” only where you do not know',
    });
  }
  return errors;
}

/* ---------- Comparing share codes ---------- */

export const FIRST_ROWS = 4;
export const ROWS_TO_ADD = 4;

export interface CompareRow {
  /** 1-based, as shown ("Person 3") and used in field names. */
  number: number;
  label: string;
  code: string;
  /** Chosen to replace the group held in the code; empty means use the code's. */
  group: StakeholderGroup | '';
}

export interface CompareForm {
  rows: CompareRow[];
  /** Whether the facilitator asked to compare (rather than to add rows, or just arrived). */
  isComparing: boolean;
}

/**
 * Reads the compare form. The number of rows comes from the form (never fewer than the first
 * four, or than the rows holding something), plus four more when "add more rows" was pressed.
 */
export function readCompareForm(fields: URLSearchParams): CompareForm {
  const asked = Number.parseInt(fields.get('rows') ?? '', 10);
  let count = Number.isFinite(asked) ? asked : FIRST_ROWS;
  for (let number = 1; number <= MAX_RESPONDENTS; number += 1) {
    if (fields.get(`label-${number}`)?.trim() || fields.get(`code-${number}`)?.trim()) {
      count = Math.max(count, number);
    }
  }
  const action = fields.get('action');
  if (action === 'add-rows') count += ROWS_TO_ADD;
  count = Math.min(MAX_RESPONDENTS, Math.max(FIRST_ROWS, count));
  const rows = Array.from({ length: count }, (_, index): CompareRow => {
    const number = index + 1;
    const group = StakeholderGroupSchema.safeParse(fields.get(`group-${number}`));
    return {
      number,
      label: (fields.get(`label-${number}`) ?? '').trim().slice(0, 200),
      code: (fields.get(`code-${number}`) ?? '').trim().slice(0, 400),
      group: group.success ? group.data : '',
    };
  });
  return { rows, isComparing: action === 'compare' };
}

/** The rows as a query string, to come back to the form with everything still filled in. */
export function compareFormQuery(rows: readonly CompareRow[]): string {
  const params = new URLSearchParams({ rows: String(rows.length) });
  for (const row of rows) {
    if (!row.label && !row.code && !row.group) continue;
    params.set(`label-${row.number}`, row.label);
    params.set(`code-${row.number}`, row.code);
    if (row.group) params.set(`group-${row.number}`, row.group);
  }
  return params.toString();
}

export interface Respondent {
  label: string;
  code: string;
  group?: StakeholderGroup;
}

export const MAX_LABEL_LENGTH = 60;

/**
 * Checks every filled row at once, decoding each code against the statements, so a facilitator
 * sees all the problems together, each pointing at its field.
 */
export function checkCompareRows(
  rows: readonly CompareRow[],
  questions: readonly ExpectationQuestion[],
): { respondents: Respondent[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const respondents: Respondent[] = [];
  const seenLabels = new Map<string, number>();
  const filled = rows.filter((row) => row.label || row.code);
  for (const row of filled) {
    const who = row.label || `person ${row.number}`;
    const errorCount = errors.length;
    if (!row.label) {
      errors.push({
        field: `label-${row.number}`,
        message: `Enter a label for person ${row.number}`,
      });
    } else if (row.label.length > MAX_LABEL_LENGTH) {
      errors.push({
        field: `label-${row.number}`,
        message: `Keep the label for person ${row.number} to ${MAX_LABEL_LENGTH} characters or fewer`,
      });
    } else {
      const key = row.label.toLocaleLowerCase('en-GB');
      const earlier = seenLabels.get(key);
      if (earlier !== undefined) {
        errors.push({
          field: `label-${row.number}`,
          message: `Give person ${row.number} a different label from person ${earlier}`,
        });
      } else {
        seenLabels.set(key, row.number);
      }
    }
    if (!row.code) {
      errors.push({ field: `code-${row.number}`, message: `Enter the share code for ${who}` });
      continue;
    }
    let codeGroup: StakeholderGroup | undefined;
    try {
      codeGroup = decodeShareCode({ code: row.code, kind: 'expectations', questions }).group;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({
        field: `code-${row.number}`,
        message: `The code for ${who} cannot be read. ${error.safeMessage}`,
        inline: error.safeMessage,
      });
      continue;
    }
    if (!row.group && !codeGroup) {
      errors.push({
        field: `group-${row.number}`,
        message: `Choose a stakeholder group for ${who}: their code does not hold one`,
      });
      continue;
    }
    if (errors.length > errorCount) continue;
    respondents.push({
      label: row.label,
      code: row.code,
      ...(row.group ? { group: row.group } : {}),
    });
  }
  if (filled.length < 2) {
    const empty = rows.find((row) => !row.label && !row.code) ?? rows[0];
    errors.push({
      field: `label-${empty?.number ?? 1}`,
      message: 'Enter labels and share codes for at least two people',
    });
  }
  return { respondents, errors };
}

/**
 * Moves the API's problems (paths like body.respondents.2.code) onto the form's fields, for the
 * rare case the API refuses what the site accepted, such as statements changed in between.
 */
export function errorsFromApi(error: AppError, respondentRows: readonly number[]): FieldError[] {
  const errors = (error.issues ?? []).flatMap((issue): FieldError[] => {
    const [, collection, index, field] = issue.path;
    if (collection !== 'respondents' || typeof index !== 'number') return [];
    const row = respondentRows[index];
    if (row === undefined) return [];
    const name = field === 'group' || field === 'label' ? field : 'code';
    return [{ field: `${name}-${row}`, message: issue.message }];
  });
  return errors.length > 0
    ? errors
    : [{ field: `label-${respondentRows[0] ?? 1}`, message: error.safeMessage }];
}

/** An average on the agreement scale in words: "Agree", or "between Agree and Strongly agree". */
export function describeMean(mean: number, scale: Pick<AnswerScale, 'options'>): string {
  const label = (value: number) =>
    scale.options.find((option) => option.value === value)?.label ?? String(value);
  const rounded = Math.round(mean * 10) / 10;
  if (Number.isInteger(rounded)) return label(rounded);
  return `between ${label(Math.floor(rounded))} and ${label(Math.ceil(rounded))}`;
}

/** "3.5", or "3" for whole numbers: averages to one decimal place. */
export function formatMean(mean: number): string {
  return String(Math.round(mean * 10) / 10);
}
