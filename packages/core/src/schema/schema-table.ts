import { expect, it } from 'vitest';
import type { z } from 'zod';

export interface SchemaCase {
  name: string;
  value: unknown;
  /** For invalid cases: the path of the expected issue and a fragment of its message. */
  issue?: { path: (string | number)[]; message?: string };
}

/**
 * Runs a table of valid and invalid cases against a schema. Invalid cases must fail at the
 * expected path, so a case cannot pass by failing for an unrelated reason.
 */
export function runSchemaTable(
  schema: z.ZodType,
  valid: SchemaCase[],
  invalid: SchemaCase[],
): void {
  it.each(valid)('accepts $name', ({ value }) => {
    const result = schema.safeParse(value);
    expect(result.error?.issues ?? []).toEqual([]);
  });
  it.each(invalid)('rejects $name', ({ value, issue }) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path) ?? [];
    expect(paths).toContainEqual(issue?.path ?? []);
    if (issue?.message) {
      const messages = result.error?.issues.map((i) => i.message).join(' | ');
      expect(messages).toContain(issue.message);
    }
  });
}
