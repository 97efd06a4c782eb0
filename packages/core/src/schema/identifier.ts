import { z } from 'zod';
import { META_IDENTIFIER } from './meta-keys.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable identifier of a content item. It never changes once published, so references hold. */
export const IdSchema = z
  .string()
  .min(2, 'Enter an identifier of at least 2 characters')
  .max(80, 'Enter an identifier of 80 characters or fewer')
  .regex(KEBAB, 'Use only lower-case letters, digits and single hyphens, like "role-definition"')
  .meta({
    [META_IDENTIFIER]: true,
    title: 'Identifier',
    description:
      'Stable identifier used by references. Lower-case letters, digits and hyphens. Do not change it after publishing.',
  });

/** The readable last part of a page address. Unlike the id it may change. */
export const SlugSchema = z
  .string()
  .min(2, 'Enter a web address name of at least 2 characters')
  .max(80, 'Enter a web address name of 80 characters or fewer')
  .regex(KEBAB, 'Use only lower-case letters, digits and single hyphens, like "role-definition"')
  .meta({
    [META_IDENTIFIER]: true,
    title: 'Web address name',
    description: 'The last part of the page address, like "role-definition".',
  });

export type Id = z.infer<typeof IdSchema>;
export type Slug = z.infer<typeof SlugSchema>;

/** True when a string could be used as an id or slug. */
export function isKebabIdentifier(value: string): boolean {
  return KEBAB.test(value);
}
