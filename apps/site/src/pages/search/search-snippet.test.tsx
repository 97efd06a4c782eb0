import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchSnippet } from './search-snippet.js';

const render = (parts: { text: string; highlight: boolean }[]) =>
  renderToStaticMarkup(<SearchSnippet parts={parts} />);

describe('SearchSnippet', () => {
  it('marks the highlighted parts and leaves the rest as text', () => {
    expect(
      render([
        { text: 'Think about ', highlight: false },
        { text: 'risk', highlight: true },
        { text: ' and ', highlight: false },
        { text: 'Risks', highlight: true },
      ]),
    ).toBe('Think about <mark>risk</mark> and <mark>Risks</mark>');
  });

  it('shows markup in the content as text, highlighted or not', () => {
    const html = render([
      { text: '<img src=x onerror=alert(1)> & ', highlight: false },
      { text: '<script>risk</script>', highlight: true },
    ]);
    expect(html).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; <mark>&lt;script&gt;risk&lt;/script&gt;</mark>',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  });

  it('renders nothing for no parts', () => {
    expect(render([])).toBe('');
  });
});
