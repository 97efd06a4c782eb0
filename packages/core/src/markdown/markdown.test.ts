import { describe, expect, it } from 'vitest';
import { isSafeLinkTarget } from './markdown-parser.js';
import { markdownToText } from './markdown-to-text.js';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('Some **bold** text\n\n- one\n- two')).toBe(
      '<p>Some <strong>bold</strong> text</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img'],
    ['<a href="javascript:alert(1)">x</a>', '&lt;a href='],
  ])('shows raw HTML %s as text', (source, escaped) => {
    const html = renderMarkdown(source);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(script|img|a)\b/);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](vbscript:msgbox)',
    '[x](//evil.example/path)',
    '[x](file:///etc/passwd)',
  ])('does not turn the unsafe link %s into a link', (source) => {
    expect(renderMarkdown(source)).not.toContain('<a ');
  });

  it.each([
    ['[guide](https://example.org/guide)', 'href="https://example.org/guide"'],
    ['[mail](mailto:team@example.org)', 'href="mailto:team@example.org"'],
    ['[topic](/topics/training)', 'href="/topics/training"'],
    ['[below](#evidence)', 'href="#evidence"'],
  ])('keeps the safe link %s', (source, href) => {
    expect(renderMarkdown(source)).toContain(href);
  });

  it('does not render images', () => {
    expect(renderMarkdown('![alt](https://example.org/a.png)')).not.toContain('<img');
  });

  it('renders inline Markdown without a paragraph', () => {
    expect(renderInlineMarkdown('an *aside*')).toBe('an <em>aside</em>');
  });
});

describe('isSafeLinkTarget', () => {
  it.each([
    'http://a.example',
    'https://a.example',
    'mailto:a@b.example',
    '/x',
    '#y',
    '  https://a.example',
  ])('allows %s', (url) => expect(isSafeLinkTarget(url)).toBe(true));
  it.each(['javascript:x', 'data:x', '//a.example', 'ftp://a.example', 'relative/path', ''])(
    'refuses %s',
    (url) => expect(isSafeLinkTarget(url)).toBe(false),
  );
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(
      markdownToText('Peer **workers** use [lived experience](/about).\n\n- one\n- `two`'),
    ).toBe('Peer workers use lived experience.\n\none\n\ntwo');
  });

  it('keeps the text of raw HTML as words rather than tags', () => {
    expect(markdownToText('a <b>c</b>')).toBe('a <b>c</b>');
  });

  it('joins soft line breaks with a space', () => {
    expect(markdownToText('one\ntwo')).toBe('one two');
  });
});
