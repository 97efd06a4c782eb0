import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(?:https?:|mailto:|\/(?!\/)|#)/i;

/**
 * True for the only link targets content may use: web and mail addresses, site-relative paths
 * and in-page anchors. Protocol-relative and every other scheme (javascript:, data:, file:) fail.
 */
export function isSafeLinkTarget(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

/**
 * One shared parser. Raw HTML is off, so any tags in content are shown as text, and links pass
 * only when their target is safe.
 */
export const markdownParser = new MarkdownIt({
  html: false,
  linkify: true,
  typographer: false,
  breaks: false,
});

markdownParser.validateLink = isSafeLinkTarget;
// Images in guidance would need alt text review and an asset store; they are not supported.
markdownParser.disable(['image']);
