import type { Token } from 'markdown-it';
import { markdownParser } from './markdown-parser.js';

function collectInline(children: Token[] | null, out: string[]): void {
  for (const child of children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') out.push(child.content);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out.push(' ');
  }
}

/**
 * The words of a Markdown text without its markup, for search indexes, snippets and meta
 * descriptions. Blocks are separated by a blank line.
 */
export function markdownToText(source: string): string {
  const blocks: string[] = [];
  for (const token of markdownParser.parse(source, {})) {
    if (token.type === 'inline') {
      const parts: string[] = [];
      collectInline(token.children, parts);
      blocks.push(parts.join('').trim());
    } else if (token.type === 'fence' || token.type === 'code_block') {
      blocks.push(token.content.trim());
    }
  }
  return blocks.filter(Boolean).join('\n\n');
}
