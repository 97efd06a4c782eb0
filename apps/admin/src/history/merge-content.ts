import { diffItems } from '@peer-toolkit/core';
import type { z } from 'zod';
import { type FieldPath, fieldPathLabel, isTextField, schemaAtPath } from './schema-paths.js';

/** One place where the user's version and the saved one differ, at the deepest path that does. */
export interface ConflictField {
  key: string;
  path: FieldPath;
  label: string;
  /** The user's value; absent when their version has nothing there. */
  mine: unknown;
  hasMine: boolean;
  theirs: unknown;
  hasTheirs: boolean;
  /** Text fields can be merged by hand; lists and groups are taken whole from one side. */
  isText: boolean;
}

export type FieldChoice = 'mine' | 'theirs' | 'edited';

/** JSON keeps what a save would send: keys holding `undefined` are dropped, like on the wire. */
function asSaved(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** Every field where `mine` and `theirs` differ, in the order of the content. */
export function findConflicts(
  schema: z.ZodType,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): ConflictField[] {
  return diffItems(asSaved(theirs), asSaved(mine)).map((change) => {
    const fieldSchema = schemaAtPath(schema, change.path);
    const hasMine = change.kind !== 'removed';
    const hasTheirs = change.kind !== 'added';
    return {
      key: JSON.stringify(change.path),
      path: change.path,
      label: fieldPathLabel(schema, change.path),
      mine: change.after,
      hasMine,
      theirs: change.before,
      hasTheirs,
      isText:
        isTextField(fieldSchema) &&
        (!hasMine || typeof change.after === 'string') &&
        (!hasTheirs || typeof change.before === 'string'),
    };
  });
}

function comparePaths(a: FieldPath, b: FieldPath): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const [x, y] = [a[index], b[index]];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

type Container = Record<string | number, unknown>;

function parentOf(root: Container, path: FieldPath): Container {
  let current: Container = root;
  for (const [index, segment] of path.slice(0, -1).entries()) {
    if (typeof current[segment] !== 'object' || current[segment] === null)
      current[segment] = typeof path[index + 1] === 'number' ? [] : {};
    current = current[segment] as Container;
  }
  return current;
}

function setAt(root: Container, path: FieldPath, value: unknown) {
  const parent = parentOf(root, path);
  const last = path[path.length - 1] as string | number;
  // An entry only the user's list has goes after the entries kept, leaving no gaps.
  if (Array.isArray(parent) && typeof last === 'number' && last >= parent.length)
    parent.push(value);
  else parent[last] = value;
}

function removeAt(root: Container, path: FieldPath) {
  const parent = parentOf(root, path);
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
}

/**
 * The merged content: theirs, with each field where the user chose their own version or merged
 * by hand replaced. It starts from theirs, so it is saved against their ETag.
 */
export function mergeContent(
  theirs: Record<string, unknown>,
  fields: readonly ConflictField[],
  choices: Readonly<Record<string, FieldChoice | undefined>>,
  edits: Readonly<Record<string, string | undefined>>,
): Record<string, unknown> {
  const merged = structuredClone(theirs) as Container;
  const sets: [FieldPath, unknown][] = [];
  const removals: FieldPath[] = [];
  for (const field of fields) {
    const choice = choices[field.key];
    if (choice === 'edited') sets.push([field.path, edits[field.key] ?? handEditStart(field)]);
    else if (choice === 'mine') {
      if (field.hasMine) sets.push([field.path, structuredClone(field.mine)]);
      else removals.push(field.path);
    }
  }
  if (sets.length === 0 && removals.length === 0) return merged;
  for (const [path, value] of sets.sort(([a], [b]) => comparePaths(a, b)))
    setAt(merged, path, value);
  // From the end backwards, so removing one list entry does not move the next one to remove.
  for (const path of removals.sort((a, b) => comparePaths(b, a))) removeAt(merged, path);
  return merged;
}

/** Hand-merging starts from the user's own text, or theirs where the user had none. */
export function handEditStart(field: ConflictField): string {
  if (typeof field.mine === 'string') return field.mine;
  return typeof field.theirs === 'string' ? field.theirs : '';
}
