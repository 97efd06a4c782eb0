import { describe, expect, it } from 'vitest';
import { PageNotFound } from '../../render/page.js';
import { createBundleApi, renderRoute, textsOf } from '../bundle-api.test-support.js';
import { riskAreaRoute, riskIndexRoute } from './risk-pages.js';

describe('/risk', () => {
  it('groups the risk areas by the three directions', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(riskIndexRoute, api, '/risk');
    expect(textsOf(document, 'h1')).toEqual(['Risk guidance']);
    expect(textsOf(document, '.ptk-risk-direction h2')).toEqual([
      'The peer worker’s wellbeing',
      'Risk to the people peer workers support',
      'Risk to the organisation',
    ]);
    const organisation = document.getElementById('organisation')?.parentElement;
    expect(textsOf(organisation as Element, 'h3 a')).toEqual([
      'Losing what makes the role distinct',
      'Accountability when peer workers work across organisations',
    ]);
    expect(organisation?.querySelector('h3 a')?.getAttribute('href')).toBe('/risk/role-drift');
    expect(organisation?.querySelector('.ptk-prose')?.textContent).toContain('Over time');
  });

  it('says the third direction is suggested practice and cites the risk study', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(riskIndexRoute, api, '/risk');
    const inset = document.querySelector('.ptk-inset');
    expect(inset?.textContent).toContain('suggested practice');
    expect(inset?.querySelector('a')?.getAttribute('href')).toBe(
      '/research/publications#peer-worker-roles-and-risk-2015',
    );
    expect(inset?.querySelector('a')?.textContent).toBe('Holley et al. 2015');
    const organisation = document.getElementById('organisation')?.parentElement;
    expect(organisation?.querySelector('.ptk-tag')?.textContent).toBe('Suggested practice');
    expect(
      document.getElementById('people-supported')?.parentElement?.querySelector('.ptk-tag'),
    ).toBeNull();
  });
});

describe('/risk/:slug', () => {
  it('renders the risk area with its breadcrumbs', async () => {
    const { api } = createBundleApi();
    const { page, document } = await renderRoute(
      riskAreaRoute,
      api,
      '/risk/formal-risk-management',
      {
        slug: 'formal-risk-management',
      },
    );
    expect(page.title).toBe('The peer worker’s part in managing risk');
    expect(page.section).toBe('risk');
    expect(page.breadcrumbs?.map((crumb) => crumb.label)).toEqual(['Home', 'Risk guidance']);
    expect(page.description.length).toBeLessThanOrEqual(160);
    expect(textsOf(document, '.ptk-caption')).toEqual([
      'Direction of risk: Risk to the people peer workers support',
    ]);
  });

  it('answers "not found" for an unknown risk area', async () => {
    const { api } = createBundleApi();
    await expect(
      renderRoute(riskAreaRoute, api, '/risk/nothing', { slug: 'nothing' }),
    ).rejects.toBeInstanceOf(PageNotFound);
  });
});
