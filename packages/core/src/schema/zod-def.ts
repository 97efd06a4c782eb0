import type { z } from 'zod';

/** One check of a schema (length, size, format), as zod stores it. */
export interface ZodCheckDef {
  check: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}

/**
 * Zod's structural description of a schema (`_zod.def`), the part zod documents for library
 * authors. Every reader of schemas in the project (rules, forms, diffs, fuzzing) goes through
 * this one view, so a change in zod's internals is met in one place.
 */
export interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: { _zod: { def: ZodCheckDef } }[];
  defaultValue?: unknown;
}

export function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

/** The checks of a schema's definition, each as its own definition. */
export function checksOf(def: ZodDef): ZodCheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}
