import { useCallback, useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { FormValue } from './form-value.js';
import type { ObjectSpec } from './schema-spec.js';
import { type FormIssue, isTouched, validateForm } from './validate.js';

export const VALIDATE_DELAY_MS = 300;

export interface Validation {
  /** Every problem with the value as it is. */
  issues: FormIssue[];
  /** The message to show against each field: touched fields only, or all after a save attempt. */
  visible: ReadonlyMap<string, string>;
  /** For the error summary: empty until the user has tried to save. */
  summary: FormIssue[];
  touch(id: string): void;
  /** Checks now (the form's value, or one about to replace it) and shows every problem. */
  validateNow(candidate?: FormValue): FormIssue[];
  /** Problems the API reported for the value it was sent; they show until that value changes. */
  showServerIssues(issues: FormIssue[], forValue: FormValue): void;
}

/**
 * Validation as the user works: the value is checked with the content type's schema a moment
 * after each change, and messages appear against fields once they have been left.
 */
export function useValidation(
  schema: z.ZodType,
  spec: ObjectSpec,
  value: FormValue | undefined,
): Validation {
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [server, setServer] = useState<{ issues: FormIssue[]; forValue?: FormValue }>({
    issues: [],
  });
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    if (value === undefined) return;
    const timer = setTimeout(() => setIssues(validateForm(schema, spec, value)), VALIDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [schema, spec, value]);

  const touch = useCallback((id: string) => {
    setTouched((previous) => (previous.has(id) ? previous : new Set(previous).add(id)));
  }, []);

  const validateNow = useCallback(
    (candidate?: FormValue) => {
      const checked = candidate ?? value;
      const found = checked === undefined ? [] : validateForm(schema, spec, checked);
      setIssues(found);
      setShowAll(true);
      return found;
    },
    [schema, spec, value],
  );

  const showServerIssues = useCallback((found: FormIssue[], forValue: FormValue) => {
    setServer({ issues: found, forValue });
    setShowAll(true);
  }, []);

  // The server's messages are about the value it was sent; once that changes, the local check
  // (the same schema) takes over.
  const serverIssues = server.forValue === value ? server.issues : [];

  const all = useMemo(() => {
    const seen = new Set<string>();
    return [...serverIssues, ...issues].filter((issue) => {
      if (seen.has(issue.id)) return false;
      seen.add(issue.id);
      return true;
    });
  }, [issues, serverIssues]);

  const visible = useMemo(() => {
    const shown = new Map<string, string>();
    for (const issue of all) {
      if (showAll || isTouched(touched, issue.id)) shown.set(issue.id, issue.message);
    }
    return shown;
  }, [all, showAll, touched]);

  return {
    issues: all,
    visible,
    summary: showAll ? all : [],
    touch,
    validateNow,
    showServerIssues,
  };
}
