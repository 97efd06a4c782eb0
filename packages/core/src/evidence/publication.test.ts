import { describe, expect, it } from 'vitest';
import { studyPublication } from '../fixtures/publications.js';
import { runSchemaTable } from '../schema/schema-table.js';
import {
  DoiSchema,
  formatShortCitation,
  labelCitations,
  PublicationSchema,
} from './publication.js';

describe('PublicationSchema', () => {
  runSchemaTable(
    PublicationSchema,
    [
      { name: 'a full journal article', value: studyPublication },
      {
        name: 'a report without year, pages or DOI',
        value: { ...studyPublication, year: undefined, pages: undefined, doi: undefined },
      },
      {
        name: 'a page range with only a first page',
        value: { ...studyPublication, pages: { start: '286' } },
      },
    ],
    [
      {
        name: 'no authors',
        value: { ...studyPublication, authors: [] },
        issue: { path: ['authors'], message: 'Enter at least one author' },
      },
      {
        name: 'a DOI with a prefix',
        value: { ...studyPublication, doi: 'doi:10.1017/S2045796014000407' },
        issue: { path: ['doi'], message: 'starting with "10."' },
      },
      {
        name: 'a DOI as a web address',
        value: { ...studyPublication, doi: 'https://doi.org/10.1017/x' },
        issue: { path: ['doi'] },
      },
      {
        name: 'a year in the future far away',
        value: { ...studyPublication, year: 2500 },
        issue: { path: ['year'] },
      },
      {
        name: 'a fractional year',
        value: { ...studyPublication, year: 2015.5 },
        issue: { path: ['year'] },
      },
      {
        name: 'an empty title',
        value: { ...studyPublication, title: '   ' },
        issue: { path: ['title'], message: 'Enter the title' },
      },
      {
        name: 'an unknown kind',
        value: { ...studyPublication, kind: 'blog' },
        issue: { path: ['kind'] },
      },
      {
        name: 'an upper-case id',
        value: { ...studyPublication, id: 'Fixture' },
        issue: { path: ['id'] },
      },
      {
        name: 'a slug with spaces',
        value: { ...studyPublication, slug: 'a slug' },
        issue: { path: ['slug'] },
      },
    ],
  );
});

describe('DoiSchema', () => {
  it.each(['10.1017/S2045796014000407', '10.1186/1472-6963-13-188', '10.1108/MHSI-03-2017-0016'])(
    'accepts %s',
    (doi) => {
      expect(DoiSchema.safeParse(doi).success).toBe(true);
    },
  );
  it.each(['10.12/short-registrant', '11.1017/x', '10.1017/', '10.1017/has space'])(
    'rejects %s',
    (doi) => {
      expect(DoiSchema.safeParse(doi).success).toBe(false);
    },
  );
});

describe('formatShortCitation', () => {
  it.each([
    [['Gillard S'], 2014, 'Gillard (2014)'],
    [['Gillard S', 'Holley J'], 2014, 'Gillard and Holley (2014)'],
    [['Gillard S', 'Gibson S', 'Holley J'], 2015, 'Gillard et al. (2015)'],
    [['Health Education England'], undefined, 'Health Education England (n.d.)'],
  ] as const)('cites %j %s as %s', (authors, year, expected) => {
    expect(formatShortCitation({ authors: [...authors], year })).toBe(expected);
  });
});

describe('labelCitations', () => {
  it('adds letters only where two publications would read the same', () => {
    const base = {
      slug: 'x',
      kind: 'journal-article' as const,
      venue: 'V',
      summary: 'S',
      isProgrammeResearch: false,
    };
    const labels = labelCitations([
      {
        ...base,
        id: 'b',
        title: 'Zeta',
        authors: ['Gillard S', 'Gibson S', 'Holley J'],
        year: 2015,
      },
      {
        ...base,
        id: 'a',
        title: 'Alpha',
        authors: ['Gillard S', 'Holley J', 'Gibson S'],
        year: 2015,
      },
      {
        ...base,
        id: 'c',
        title: 'Other',
        authors: ['Holley J', 'Gillard S', 'Gibson S'],
        year: 2015,
      },
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      a: 'Gillard et al. (2015a)',
      b: 'Gillard et al. (2015b)',
      c: 'Holley et al. (2015)',
    });
  });
});
