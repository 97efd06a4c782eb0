import { collectReferences } from '../../schema/walk-schema.js';
import { contentTypeKeys, contentTypes, isContentTypeKey } from '../content-registry.js';
import type { BundleProblem, IntegrityRule } from './integrity-rule.js';

/** Every reference, evidence references included, names an item that exists. */
export const checkReferencesResolve: IntegrityRule = (bundle) => {
  const idsByCollection = new Map<string, Set<string>>(
    contentTypeKeys.map((key) => [
      key,
      new Set((bundle[key] as { id: string }[]).map((item) => item.id)),
    ]),
  );
  const problems: BundleProblem[] = [];
  for (const key of contentTypeKeys) {
    const { schema } = contentTypes[key];
    (bundle[key] as unknown[]).forEach((item, index) => {
      for (const reference of collectReferences(schema, item)) {
        if (idsByCollection.get(reference.collection)?.has(reference.id)) continue;
        const isPublication = reference.collection === 'publications';
        const target = isContentTypeKey(reference.collection)
          ? contentTypes[reference.collection].label.singular.toLowerCase()
          : reference.collection;
        problems.push({
          rule: isPublication ? 'unknown-publication' : 'broken-reference',
          path: [key, index, ...reference.path],
          message: isPublication
            ? `The evidence cites "${reference.id}", which is not a known publication`
            : `This refers to the ${target} "${reference.id}", which does not exist`,
        });
      }
    });
  }
  return problems;
};
