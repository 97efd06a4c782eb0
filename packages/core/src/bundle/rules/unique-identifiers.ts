import { contentTypeKeys, contentTypes } from '../content-registry.js';
import type { BundleProblem, IntegrityRule } from './integrity-rule.js';

/**
 * Ids and slugs are unique within their collection, and no slug equals another item's id, so
 * "get by id or slug" always finds one item.
 */
export const checkUniqueIdentifiers: IntegrityRule = (bundle) => {
  const problems: BundleProblem[] = [];
  for (const key of contentTypeKeys) {
    const items = bundle[key] as { id: string; [field: string]: unknown }[];
    const slugField = contentTypes[key].slugField;
    const idOwner = new Map<string, number>();
    const slugOwner = new Map<string, number>();
    items.forEach((item, index) => {
      const first = idOwner.get(item.id);
      if (first === undefined) idOwner.set(item.id, index);
      else
        problems.push({
          rule: 'unique-id',
          path: [key, index, 'id'],
          message: `The id "${item.id}" is already used by item ${first + 1} of ${contentTypes[key].label.plural.toLowerCase()}`,
        });
    });
    if (!slugField) continue;
    items.forEach((item, index) => {
      const slug = item[slugField];
      if (typeof slug !== 'string') return;
      const first = slugOwner.get(slug);
      const idHolder = idOwner.get(slug);
      if (first !== undefined) {
        problems.push({
          rule: 'unique-slug',
          path: [key, index, slugField],
          message: `The web address name "${slug}" is already used by item ${first + 1}`,
        });
      } else if (idHolder !== undefined && idHolder !== index) {
        problems.push({
          rule: 'unique-slug',
          path: [key, index, slugField],
          message: `The web address name "${slug}" is the id of item ${idHolder + 1}; choose another`,
        });
      }
      if (first === undefined) slugOwner.set(slug, index);
    });
  }
  return problems;
};

/** Two publication records with one DOI are one publication entered twice. */
export const checkUniqueDois: IntegrityRule = (bundle) => {
  const seen = new Map<string, number>();
  const problems: BundleProblem[] = [];
  bundle.publications.forEach((publication, index) => {
    if (!publication.doi) return;
    const doi = publication.doi.toLowerCase();
    const first = seen.get(doi);
    if (first === undefined) seen.set(doi, index);
    else
      problems.push({
        rule: 'unique-doi',
        path: ['publications', index, 'doi'],
        message: `The DOI ${publication.doi} is already recorded for publication ${first + 1}`,
      });
  });
  return problems;
};
