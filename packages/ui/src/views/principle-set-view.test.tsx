import { describe, expect, it } from 'vitest';
import { PrincipleSetView } from './principle-set-view.js';
import { bundle, findItem, renderView, textsOf } from './render-view.test-support.js';

describe('PrincipleSetView', () => {
  it('keeps the set under an anchor named by its slug', () => {
    const set = findItem(bundle.principleSets, 'toolkit-principles');
    const document = renderView(<PrincipleSetView set={set} />);
    expect(document.querySelector('section')?.id).toBe('toolkit-principles');
    expect(textsOf(document, 'h2')).toEqual(['The toolkit’s principles']);
    expect(document.querySelectorAll('ol.ptk-principles > li')).toHaveLength(5);
    expect(document.querySelector('.ptk-principles--cross-cutting')).toBeNull();
  });

  it('sets the cross-cutting principle apart and marks it in words', () => {
    const set = findItem(bundle.principleSets, 'principles-of-peer-support-2017');
    const document = renderView(<PrincipleSetView set={set} />);
    expect(document.querySelectorAll('ol.ptk-principles > li')).toHaveLength(5);
    expect(textsOf(document, '.ptk-principles--cross-cutting .ptk-principle__title')).toEqual([
      'Supporting the diversity of lived experience Cross-cutting',
    ]);
  });

  it('names its source in full, with the DOI, and its evidence', () => {
    const set = findItem(bundle.principleSets, 'fidelity-index-domains');
    const document = renderView(<PrincipleSetView set={set} />);
    const source = document.querySelector('.ptk-principle-set__sources');
    expect(source?.textContent).toContain('Social Psychiatry and Psychiatric Epidemiology');
    expect(source?.querySelector('a')?.getAttribute('href')).toBe(
      'https://doi.org/10.1007/s00127-021-02038-4',
    );
    expect(textsOf(document, '.ptk-evidence .ptk-tag')).toEqual(['Related evidence']);
  });
});
