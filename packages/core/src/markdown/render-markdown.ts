import { markdownParser } from './markdown-parser.js';

/**
 * Renders content Markdown to HTML that is safe to insert into a page: raw HTML is escaped and
 * unsafe links are left as plain text. The site and the admin preview both use this, so a
 * preview looks exactly like the published page.
 */
export function renderMarkdown(source: string): string {
  return markdownParser.render(source);
}

/** Renders one paragraph's worth of Markdown without the wrapping `<p>`. */
export function renderInlineMarkdown(source: string): string {
  return markdownParser.renderInline(source);
}
