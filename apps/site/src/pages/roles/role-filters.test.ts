import { describe, expect, it } from 'vitest';
import {
  apiRolesPath,
  describeRoleFilters,
  formQuery,
  hasFilters,
  hrefWithout,
  readRoleFilters,
} from './role-filters.js';

describe('describeRoleFilters', () => {
  it('offers the API’s role filters with their values in words', () => {
    const groups = describeRoleFilters();
    expect(groups.map((group) => group.field)).toEqual([
      'sector',
      'employmentBasis',
      'settings',
      'basis',
    ]);
    expect(groups[0]?.title).toBe('Employer sector');
    expect(groups[1]?.options).toEqual([
      { value: 'paid', label: 'Paid' },
      { value: 'voluntary', label: 'Voluntary (unpaid)' },
      { value: 'sessional', label: 'Sessional' },
    ]);
    expect(groups[3]?.options.map((option) => option.label)).toEqual([
      'Roles the research studied',
      'Illustrative examples',
    ]);
    for (const group of groups) {
      for (const option of group.options) expect(option.label).not.toBe(option.value);
    }
  });
});

describe('readRoleFilters', () => {
  it('reads repeated and comma-separated values, in the order the filter lists them', () => {
    const params = new URLSearchParams(
      'settings=online&settings=crisis,inpatient&sector=voluntary&basis=studied',
    );
    expect(readRoleFilters(params)).toEqual({
      sector: ['voluntary'],
      settings: ['inpatient', 'crisis', 'online'],
      basis: ['studied'],
    });
  });

  it('drops values and parameters the API would refuse, and repeats', () => {
    const params = new URLSearchParams('sector=nhs&sector=voluntary&sector=voluntary&colour=red');
    expect(readRoleFilters(params)).toEqual({ sector: ['voluntary'] });
    expect(readRoleFilters(new URLSearchParams('sector=nhs'))).toEqual({});
    expect(hasFilters(readRoleFilters(new URLSearchParams('')))).toBe(false);
  });
});

describe('addresses for filters', () => {
  const selected = { sector: ['voluntary', 'partnership'], employmentBasis: ['paid'] };

  it('asks the API with comma-separated values', () => {
    expect(apiRolesPath(selected)).toBe('/roles?sector=voluntary,partnership&employmentBasis=paid');
    expect(apiRolesPath({})).toBe('/roles');
  });

  it('writes the query the form would send', () => {
    expect(formQuery(selected)).toBe('sector=voluntary&sector=partnership&employmentBasis=paid');
  });

  it('links to the same list with one value removed', () => {
    expect(hrefWithout(selected, 'sector', 'voluntary')).toBe(
      '/roles?sector=partnership&employmentBasis=paid#results',
    );
    expect(hrefWithout(selected, 'employmentBasis', 'paid')).toBe(
      '/roles?sector=voluntary&sector=partnership#results',
    );
    expect(hrefWithout({ basis: ['studied'] }, 'basis', 'studied')).toBe('/roles#results');
  });
});
