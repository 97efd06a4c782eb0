import type { ProblemIssue } from '@peer-toolkit/core';
import type { z } from 'zod';
import { type FieldPath, fieldId, prepareForSave } from './form-value.js';
import { describeLocation, type FieldSpec, type ObjectSpec, specAtPath } from './schema-spec.js';

/** One problem with the form, against the field it belongs to. */
export interface FormIssue {
  path: FieldPath;
  /** The id of the field's control, which the error summary links to. */
  id: string;
  message: string;
}

// zod's own messages ("Invalid input: expected string…", "Too big: …"); the schemas' messages
// are written for editors and are shown as they are.
const ZOD_DEFAULT = /^(Invalid|Too (small|big)\b)/;

function lowerFirst(text: string): string {
  // Keep acronyms ("DOI") as they are.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function theField(title: string): string {
  const words = lowerFirst(title);
  return /^(who|what|how|where|when|which|whether)\b/i.test(words) ? words : `the ${words}`;
}

function limitIn(message: string): string | undefined {
  return message.match(/(-?\d+(?:\.\d+)?)/)?.[1];
}

/**
 * An action-led message for a zod issue. Messages the schema author wrote are kept; zod's generic
 * ones are rephrased from the field's title ("Enter the order shown as a whole number"). The same
 * function words the API's issues, so a message reads the same whichever side found it.
 */
export function messageFor(spec: FieldSpec | undefined, message: string): string {
  if (!spec || !ZOD_DEFAULT.test(message)) return message;
  const limit = limitIn(message);
  const tooSmall = /^Too small/.test(message);
  const tooBig = /^Too big/.test(message);
  switch (spec.kind) {
    case 'text':
    case 'markdown':
      if (tooBig && limit) return `${spec.title} must be ${limit} characters or fewer`;
      if (tooSmall && limit && limit !== '1')
        return `${spec.title} must be ${limit} characters or more`;
      return `Enter ${theField(spec.title)}`;
    case 'number': {
      if (tooSmall && limit) return `${spec.title} must be ${limit} or more`;
      if (tooBig && limit) return `${spec.title} must be ${limit} or less`;
      return `Enter ${theField(spec.title)} as a ${spec.integer ? 'whole number' : 'number'}`;
    }
    case 'boolean':
      return `Say whether ${lowerFirst(spec.title)}`;
    case 'enum':
    case 'reference':
      return `Choose ${theField(spec.title)}`;
    case 'enum-list':
    case 'reference-list':
      if (tooBig && limit) return `Choose no more than ${limit} for ${lowerFirst(spec.title)}`;
      if (tooSmall && limit)
        return `Choose at least ${limit === '1' ? 'one' : limit} for ${lowerFirst(spec.title)}`;
      return `Choose from the list for ${lowerFirst(spec.title)}`;
    case 'list':
      if (tooBig && limit)
        return `${spec.title} can have no more than ${limit} entries: remove some`;
      if (tooSmall && limit)
        return `Add at least ${limit === '1' ? 'one' : limit} to ${lowerFirst(spec.title)}`;
      return `Check ${lowerFirst(spec.title)}`;
    default:
      return `Check ${lowerFirst(spec.title)}`;
  }
}

/**
 * Where on the form a path's problem shows: the path itself, or the control that holds it. A
 * choice in a checkbox list (['settings', 0]) belongs to the list; a path the form has no field
 * for belongs to the nearest field that contains it.
 */
export function anchorPath(root: ObjectSpec, path: FieldPath): FieldPath {
  let spec: FieldSpec | undefined = root;
  for (const [index, segment] of path.entries()) {
    if (spec.kind === 'enum-list' || spec.kind === 'reference-list') return path.slice(0, index);
    const next = specAtPath(spec, [segment]);
    if (!next) return path.slice(0, index);
    spec = next;
  }
  return path;
}

function issueAt(root: ObjectSpec, path: FieldPath, message: string): FormIssue {
  const anchor = anchorPath(root, path);
  return {
    path: anchor,
    id: fieldId(anchor),
    message: messageFor(specAtPath(root, anchor), message),
  };
}

/** Checks the form's value with the content type's own schema: the same check as the API's. */
export function validateForm(schema: z.ZodType, root: ObjectSpec, value: unknown): FormIssue[] {
  const result = schema.safeParse(prepareForSave(root, value));
  if (result.success) return [];
  const seen = new Set<string>();
  const issues: FormIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const formIssue = issueAt(root, path, issue.message);
    if (seen.has(formIssue.id)) continue;
    seen.add(formIssue.id);
    issues.push(formIssue);
  }
  return issues;
}

/**
 * The API's 422 issues against the form's fields. Their paths point into the request,
 * ['body', 'content', 'findings', 0, 'text']; anything outside the content is left out here and
 * shown with the problem's own message.
 */
export function issuesFromApi(root: ObjectSpec, issues: readonly ProblemIssue[]): FormIssue[] {
  return issues.flatMap((issue) => {
    const [body, content, ...path] = issue.path;
    if (body !== 'body' || content !== 'content') return [];
    return [issueAt(root, path, issue.message)];
  });
}

/** True when an issue at `issueId` should show, given the fields the user has left. */
export function isTouched(touched: ReadonlySet<string>, issueId: string): boolean {
  if (touched.has(issueId)) return true;
  for (const id of touched) if (id.startsWith(`${issueId}-`)) return true;
  return false;
}

/**
 * Error-summary entries for the problems. A problem inside a list entry says which entry, as
 * "Enter the text" alone would not tell "Finding 1" from "Finding 2".
 */
export function summaryItems(root: ObjectSpec, issues: readonly FormIssue[]) {
  return issues.map((issue) => {
    const lastEntry = issue.path.findLastIndex((segment) => typeof segment === 'number');
    const where = lastEntry >= 0 ? describeLocation(root, issue.path.slice(0, lastEntry + 1)) : '';
    return { href: `#${issue.id}`, message: where ? `${where}: ${issue.message}` : issue.message };
  });
}
