import { describe, expect, it } from 'vitest';
import { ContextView } from './context-view.js';
import { bundle, findItem, renderView, textsOf } from './render-view.test-support.js';

describe('ContextView', () => {
  const partnerships = findItem(bundle.contexts, 'partnerships');

  it('sits under the heading level it is given, with an anchor by slug', () => {
    const nested = renderView(<ContextView context={partnerships} headingLevel={3} />);
    expect(nested.querySelector('section')?.id).toBe('partnerships');
    expect(textsOf(nested, 'h3')).toEqual(['Partnerships between organisations']);
    expect(textsOf(nested, 'h4')).toEqual(['What the research found']);
    expect(nested.querySelector('h2')).toBeNull();

    const alone = renderView(<ContextView context={partnerships} />);
    expect(textsOf(alone, 'h2')).toEqual(['Partnerships between organisations']);
  });

  it('shows each finding with the strength of its evidence', () => {
    const document = renderView(<ContextView context={partnerships} />);
    expect(document.querySelectorAll('.ptk-claim')).toHaveLength(partnerships.findings.length);
    expect(textsOf(document, '.ptk-claim .ptk-tag')).toContain('Related evidence');
    expect(textsOf(document, '.ptk-claim .ptk-tag')).toContain('Research finding');
  });
});
