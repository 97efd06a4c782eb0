import { describe, expect, it } from 'vitest';
import { PageNotFound } from '../../render/page.js';
import { createBundleApi, renderRoute, textsOf } from '../bundle-api.test-support.js';
import { roleRoute, rolesIndexRoute } from './roles-pages.js';

function checkbox(document: Document, field: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`#filter-${field}-${value}`);
  if (!input) throw new Error(`No checkbox for ${field}=${value}`);
  return input;
}

describe('/roles', () => {
  it('lists every role with a GET form of filters, none ticked', async () => {
    const { api, bundle } = createBundleApi();
    const { page, document } = await renderRoute(rolesIndexRoute, api, '/roles');
    expect(page.noindex).toBe(false);
    const form = document.querySelector('form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/roles#results');
    expect(textsOf(document, 'legend')).toEqual([
      'Employer sector',
      'Employment basis',
      'Settings',
      'Basis of this profile',
    ]);
    expect(
      document.querySelector('label[for="filter-settings-transitions-and-discharge"]')?.textContent,
    ).toBe('Leaving hospital');
    expect(document.querySelectorAll('input[type="checkbox"]:checked')).toHaveLength(0);
    expect(textsOf(document, 'form button[type="submit"]')).toEqual(['Apply filters']);
    expect(document.querySelector('form a')?.getAttribute('href')).toBe('/roles');
    expect(textsOf(document, '#results')).toEqual([`${bundle.roles.length} peer worker roles`]);
    expect(document.querySelectorAll('.ptk-item-list__item')).toHaveLength(bundle.roles.length);
  });

  it('passes the ticked filters to the API and keeps them ticked', async () => {
    const { api, requested } = createBundleApi();
    const { page, document } = await renderRoute(
      rolesIndexRoute,
      api,
      '/roles?employmentBasis=paid&settings=groups&settings=bogus',
    );
    expect(requested).toContain('/roles?employmentBasis=paid&settings=groups&pageSize=100&page=1');
    expect(page.noindex).toBe(true);
    expect(checkbox(document, 'employmentBasis', 'paid').checked).toBe(true);
    expect(checkbox(document, 'settings', 'groups').checked).toBe(true);
    expect(checkbox(document, 'employmentBasis', 'voluntary').checked).toBe(false);
    expect(document.querySelectorAll('input[type="checkbox"]:checked')).toHaveLength(2);
    expect(textsOf(document, '#results')).toEqual(['2 of 8 roles match your filters']);
    expect(textsOf(document, '.ptk-item-list__item h3')).toEqual([
      'Co-facilitator of community groups (London)',
      'Peer supporter in a voluntary sector organisation',
    ]);
  });

  it('shows each result’s key facts and whether it was studied', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(rolesIndexRoute, api, '/roles?basis=studied');
    const first = document.querySelector('.ptk-item-list__item');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('/roles/group-co-facilitator');
    expect(first?.querySelector('.ptk-tag')?.textContent).toBe('A role the research studied');
    expect(textsOf(first as Element, 'dt')).toEqual([
      'Employer sector',
      'Employment basis',
      'Settings',
    ]);
  });

  it('helps when no roles match', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(
      rolesIndexRoute,
      api,
      '/roles?sector=voluntary&basis=studied',
    );
    expect(textsOf(document, '#results')).toEqual(['No roles match your filters']);
    expect(document.querySelector('.ptk-item-list')).toBeNull();
    const removals = [...document.querySelectorAll('.ptk-no-results li a')].map((link) => [
      (link.textContent ?? '').replace(/\s+/g, ' '),
      link.getAttribute('href'),
    ]);
    expect(removals).toEqual([
      ['Remove “Voluntary sector” from employer sector', '/roles?basis=studied#results'],
      [
        'Remove “Roles the research studied” from basis of this profile',
        '/roles?sector=voluntary#results',
      ],
    ]);
    expect(document.querySelector('.ptk-results')?.textContent).toContain(
      'do not record an employer sector',
    );
  });
});

describe('/roles/:slug', () => {
  it('renders the role profile', async () => {
    const { api } = createBundleApi();
    const { page, document } = await renderRoute(roleRoute, api, '/roles/crisis-peer-worker', {
      slug: 'crisis-peer-worker',
    });
    expect(page.title).toBe('Peer worker in a crisis service');
    expect(page.breadcrumbs?.map((crumb) => crumb.href)).toEqual(['/', '/roles']);
    expect(textsOf(document, '.ptk-role-basis .ptk-tag')).toEqual(['Illustrative example']);
  });

  it('answers "not found" for an unknown role', async () => {
    const { api } = createBundleApi();
    await expect(
      renderRoute(roleRoute, api, '/roles/nobody', { slug: 'nobody' }),
    ).rejects.toBeInstanceOf(PageNotFound);
  });

  it('lists every role’s address for the sitemap', async () => {
    const { api, bundle } = createBundleApi();
    const paths = await roleRoute.listPaths?.(api);
    expect(paths).toHaveLength(bundle.roles.length);
    expect(paths).toContain('/roles/wrap-trainer');
  });
});
