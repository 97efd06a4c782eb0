import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { META_REFERENCE } from '../schema/meta-keys.js';
import { walkSchema } from '../schema/walk-schema.js';
import {
  contentTypeKeys,
  contentTypes,
  findContentTypeByPath,
  isContentTypeKey,
} from './content-registry.js';

function fieldType(schema: z.ZodType): string {
  let def = (
    schema as unknown as {
      _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType } };
    }
  )._zod.def;
  while (def.innerType) def = (def.innerType as unknown as { _zod: { def: typeof def } })._zod.def;
  if (def.type === 'array' && def.element) return `array:${fieldType(def.element)}`;
  return def.type;
}

describe.each(contentTypeKeys)('content type %s', (key) => {
  const definition = contentTypes[key];
  const shape = definition.schema.shape as Record<string, z.ZodType>;

  it('names fields that exist in its schema', () => {
    for (const field of [
      definition.titleField,
      definition.slugField,
      definition.orderField,
      ...definition.filterFields,
    ]) {
      if (field !== undefined) expect(Object.keys(shape)).toContain(field);
    }
  });

  it('filters only on choice fields', () => {
    for (const field of definition.filterFields) {
      expect(['enum', 'array:enum']).toContain(fieldType(shape[field] as z.ZodType));
    }
  });

  it('has a kebab-case path that maps back to it', () => {
    expect(definition.path).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(findContentTypeByPath(definition.path)).toBe(key);
  });

  it('converts to JSON Schema for forms and OpenAPI', () => {
    const json = z.toJSONSchema(definition.schema, { io: 'input' }) as {
      properties: Record<string, { title?: string }>;
    };
    expect(Object.keys(json.properties)).toContain('id');
    for (const [field, property] of Object.entries(json.properties)) {
      expect(property.title, `${key}.${field} needs a title in .meta()`).toBeTruthy();
    }
  });

  it('only references collections that exist', () => {
    const targets = new Set<string>();
    const collect = (schema: z.ZodType) => {
      const meta = z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
      if (typeof meta?.[META_REFERENCE] === 'string') targets.add(meta[META_REFERENCE] as string);
      const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      for (const child of [
        def.innerType,
        def.element,
        ...Object.values((def.shape as object) ?? {}),
      ]) {
        if (child) collect(child as z.ZodType);
      }
    };
    collect(definition.schema);
    for (const target of targets) expect(isContentTypeKey(target), target).toBe(true);
  });
});

it('walks every field of a schema, so rules see nested values', () => {
  const visited: string[] = [];
  walkSchema(
    contentTypes.topics.schema,
    { id: 'x', findings: [{ text: 'a', evidence: [] }] },
    ({ path }) => {
      visited.push(path.join('.'));
    },
  );
  expect(visited).toEqual(
    expect.arrayContaining([
      '',
      'id',
      'findings',
      'findings.0',
      'findings.0.text',
      'findings.0.evidence',
    ]),
  );
});
