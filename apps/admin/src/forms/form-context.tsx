import { createContext, useContext } from 'react';
import type { FieldPath } from './form-value.js';
import type { ObjectSpec } from './schema-spec.js';

export interface FormContextValue {
  /** Changes the value at a path from its latest state, so quick edits never overwrite each other. */
  update(path: FieldPath, change: (previous: unknown) => unknown): void;
  /** The message to show against a field, once it should show. */
  errorFor(id: string): string | undefined;
  /** Marks a field as visited, so its problems start to show. */
  touch(id: string): void;
  /** Fields shown but not editable, by id (like the id of an existing item). */
  lockedIds: ReadonlySet<string>;
  readOnly: boolean;
  /** The whole form's spec, for naming where a field sits ("Finding 1, Evidence"). */
  root: ObjectSpec;
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('Form fields need a SchemaForm around them');
  return value;
}
