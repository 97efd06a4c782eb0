import { renderInlineMarkdown, renderMarkdown } from '@peer-toolkit/core';

/**
 * Content Markdown as HTML. The renderer escapes raw HTML and drops unsafe links, so its output
 * is safe to insert; this is the only place the views insert HTML.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div
      className={className ? `ptk-prose ${className}` : 'ptk-prose'}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}

/** One paragraph's worth of Markdown, inside an element of the caller's choice. */
export function InlineMarkdown({ source }: { source: string }) {
  return <span dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(source) }} />;
}
