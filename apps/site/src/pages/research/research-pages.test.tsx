import { describe, expect, it } from 'vitest';
import { accessibilityRoute } from '../accessibility/accessibility-page.js';
import { createBundleApi, renderRoute, textsOf } from '../bundle-api.test-support.js';
import { principlesRoute } from '../principles/principles-page.js';
import { groupPublications, publicationsRoute } from './publications-page.js';
import { researchRoute } from './research-page.js';

describe('/research', () => {
  it('keeps the two interview counts apart, each citing its own paper', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(researchRoute, api, '/research');
    const how = document.getElementById('how')?.parentElement;
    const counts = [...(how?.querySelectorAll('p') ?? [])].find((p) =>
      p.textContent?.includes('71'),
    );
    expect(counts?.textContent).toContain('91');
    expect([...(counts?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/research/publications#change-model-2015',
      '/research/publications#peer-worker-roles-and-risk-2015',
    ]);
  });

  it('cites a publication in every paragraph about the research', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(researchRoute, api, '/research');
    for (const id of ['the-project', 'how', 'coproduction']) {
      const paragraphs = [
        ...(document.getElementById(id)?.parentElement?.querySelectorAll('p') ?? []),
      ];
      expect(paragraphs.length).toBeGreaterThan(0);
      const uncited = paragraphs.filter(
        (p) =>
          !p.textContent?.endsWith(':') && !p.querySelector('a[href^="/research/publications#"]'),
      );
      expect(uncited.map((p) => p.textContent)).toEqual([]);
    }
  });

  it('compares the three organisational contexts under their own anchors', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(researchRoute, api, '/research');
    expect(
      [...document.querySelectorAll('section.ptk-context')].map((section) => section.id),
    ).toEqual(['statutory-sector', 'voluntary-sector', 'partnerships']);
    expect(textsOf(document, '.ptk-context h3')).toEqual([
      'NHS and statutory services',
      'Voluntary sector',
      'Partnerships between organisations',
    ]);
    expect(document.querySelectorAll('.ptk-context .ptk-claim').length).toBeGreaterThan(3);
    expect(document.querySelector('a[href="/research/publications"]')).not.toBeNull();
    expect(document.querySelector('a[href="/principles"]')).not.toBeNull();
  });
});

describe('/research/publications', () => {
  it('puts the programme’s own papers first, oldest first', async () => {
    const { api, bundle } = createBundleApi();
    const { document } = await renderRoute(publicationsRoute, api, '/research/publications');
    const programme = document.getElementById('programme')?.parentElement;
    const related = document.getElementById('related')?.parentElement;
    const programmeIds = [...(programme?.querySelectorAll('.ptk-publication') ?? [])].map(
      (li) => li.id,
    );
    const { programme: expected } = groupPublications(bundle.publications);
    expect(programmeIds).toEqual(expected.map((publication) => publication.slug));
    expect(programmeIds[0]).toBe('peer-worker-roles-in-teams-2013');
    expect(related?.querySelector('#organisational-toolkit-2015')).not.toBeNull();
    expect(programme?.querySelector('#organisational-toolkit-2015')).toBeNull();
  });

  it('gives every publication an anchor, its citation label, a full reference and its DOI', async () => {
    const { api, bundle } = createBundleApi();
    const { document } = await renderRoute(publicationsRoute, api, '/research/publications');
    for (const publication of bundle.publications) {
      const entry = document.getElementById(publication.slug);
      expect(entry?.querySelector('cite')?.textContent).toBe(publication.title);
      if (publication.doi)
        expect(entry?.querySelector('a')?.getAttribute('href')).toBe(
          `https://doi.org/${publication.doi}`,
        );
    }
    expect(textsOf(document, '#change-model-2015 h3')).toEqual(['Gillard et al. (2015a)']);
    expect(textsOf(document, '#organisational-contexts-2015 h3')).toEqual([
      'Gillard et al. (2015b)',
    ]);
  });

  it('explains the three strengths of evidence', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(publicationsRoute, api, '/research/publications');
    expect(textsOf(document, '.ptk-strength-list dt')).toEqual([
      'Research finding',
      'Related evidence',
      'Suggested practice',
    ]);
  });
});

describe('/principles', () => {
  it('shows each principle set under its own anchor, with its source', async () => {
    const { api } = createBundleApi();
    const { document } = await renderRoute(principlesRoute, api, '/principles');
    expect([...document.querySelectorAll('.ptk-principle-set')].map((set) => set.id)).toEqual([
      'toolkit-principles',
      'principles-of-peer-support-2017',
      'fidelity-index-domains',
      'imroc-principles',
    ]);
    expect(document.querySelectorAll('#imroc-principles ol.ptk-principles > li')).toHaveLength(8);
    expect(document.querySelectorAll('.ptk-principles--cross-cutting li')).toHaveLength(1);
    expect(
      [...document.querySelectorAll('.ptk-contents a')].map((a) => a.getAttribute('href')),
    ).toEqual([
      '#toolkit-principles',
      '#principles-of-peer-support-2017',
      '#fidelity-index-domains',
      '#imroc-principles',
    ]);
  });
});

describe('/accessibility', () => {
  it('is a statement with the standard, the testing, how to report and its date', async () => {
    const { api, requested } = createBundleApi();
    const { page, document } = await renderRoute(accessibilityRoute, api, '/accessibility');
    expect(requested).toEqual([]);
    expect(page.title).toBe('Accessibility statement');
    const text = document.body.textContent ?? '';
    expect(text).toContain('WCAG) version 2.2 at level AA');
    expect(text).toContain('axe');
    expect(text).toContain('320 pixels');
    expect(text).toContain('contact the organisation that runs this website');
    expect(text).toContain('does not have a contact address of its own yet');
    expect(text).toContain('prepared on 26 November 2026');
    expect(textsOf(document, 'h1')).toHaveLength(1);
  });
});
