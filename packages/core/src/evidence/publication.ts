import { z } from 'zod';
import { IdSchema, SlugSchema } from '../schema/identifier.js';
import { markdownText, plainText } from '../schema/text.js';

/** Crossref's recommended pattern for modern DOIs. */
const DOI_PATTERN = /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+$/;

export const DoiSchema = z
  .string()
  .trim()
  .regex(
    DOI_PATTERN,
    'Enter the DOI on its own, starting with "10.", like 10.1017/S2045796014000407 (no "doi:" or web address)',
  )
  .meta({
    title: 'DOI',
    description: 'Digital Object Identifier, without a "doi:" prefix or web address.',
  });

export const PublicationKindSchema = z
  .enum(['journal-article', 'report', 'toolkit', 'briefing', 'framework', 'handbook'])
  .meta({ title: 'Kind of publication' });

const PageRangeSchema = z
  .object({
    start: z.string().trim().min(1, 'Enter the first page').max(20).meta({ title: 'First page' }),
    end: z.string().trim().min(1).max(20).optional().meta({
      title: 'Last page',
      description: 'Leave empty when the last page is not confirmed.',
    }),
  })
  .meta({ title: 'Pages' });

export const PublicationSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    kind: PublicationKindSchema,
    authors: z
      .array(
        plainText({
          title: 'Author',
          description: 'Family name then initials, like "Gillard S", or an organisation.',
          max: 120,
          required: 'Enter the author',
        }),
      )
      .min(1, 'Enter at least one author')
      .max(40)
      .meta({ title: 'Authors', description: 'In the order the publication lists them.' }),
    year: z.number().int().min(1900).max(2100).optional().meta({
      title: 'Year',
      description: 'Year of publication. Leave empty when it is not confirmed.',
    }),
    title: plainText({ title: 'Title', max: 400, required: 'Enter the title' }),
    venue: plainText({
      title: 'Published in',
      description: 'Journal, series or publisher.',
      max: 200,
      required: 'Enter where it was published',
    }),
    volume: z.string().trim().min(1).max(20).optional().meta({ title: 'Volume' }),
    issue: z.string().trim().min(1).max(20).optional().meta({ title: 'Issue' }),
    pages: PageRangeSchema.optional(),
    articleNumber: z.string().trim().min(1).max(20).optional().meta({
      title: 'Article number',
      description: 'For journals that number articles instead of pages, like 13:188.',
    }),
    doi: DoiSchema.optional(),
    isProgrammeResearch: z.boolean().default(false).meta({
      title: 'From the toolkit’s research programme',
      description:
        'Tick for the case-study research behind the toolkit. Only these publications can back a claim labelled "research finding".',
    }),
    summary: markdownText({
      title: 'What it is',
      description: 'One or two sentences on what the publication is and why the toolkit cites it.',
      max: 1500,
      required: 'Enter what the publication is',
    }),
  })
  .meta({ title: 'Publication' });

export type Publication = z.infer<typeof PublicationSchema>;
export type PublicationInput = z.input<typeof PublicationSchema>;
export type PublicationKind = z.infer<typeof PublicationKindSchema>;

/** A short "Author, year" label, like "Gillard et al. (2015)". */
export function formatShortCitation(publication: Pick<Publication, 'authors' | 'year'>): string {
  const [first, second] = publication.authors;
  const family = (author: string | undefined) => (author ?? '').replace(/\s+[A-Z]+$/, '');
  const names =
    publication.authors.length > 2
      ? `${family(first)} et al.`
      : publication.authors.length === 2
        ? `${family(first)} and ${family(second)}`
        : family(first);
  return `${names} (${publication.year ?? 'n.d.'})`;
}

/** The resolver address of a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/**
 * Short citations for a set of publications, with a letter added where two would read the same,
 * like "Gillard et al. (2015a)" and "Gillard et al. (2015b)", ordered by title.
 */
export function labelCitations(publications: readonly Publication[]): Map<string, string> {
  const groups = new Map<string, Publication[]>();
  for (const publication of publications) {
    const label = formatShortCitation(publication);
    groups.set(label, [...(groups.get(label) ?? []), publication]);
  }
  const labels = new Map<string, string>();
  for (const [label, group] of groups) {
    if (group.length === 1) {
      labels.set((group[0] as Publication).id, label);
      continue;
    }
    [...group]
      .sort((a, b) => a.title.localeCompare(b.title))
      .forEach((publication, index) => {
        labels.set(publication.id, label.replace(/\)$/, `${String.fromCharCode(97 + index)})`));
      });
  }
  return labels;
}
