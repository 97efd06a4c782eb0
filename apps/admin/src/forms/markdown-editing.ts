/** A text with the selection to leave after a toolbar action. */
export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

/**
 * Leaves spaces at the ends of a selection outside it: "**bold **" is not bold in Markdown, and
 * a double-click often selects the space after a word.
 */
function trimSelection(text: string, start: number, end: number) {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  return { start: from, end: to };
}

/**
 * Wraps the selection in a marker ("**" for bold), or unwraps it when it is already wrapped.
 * With nothing selected, inserts a placeholder and selects it so typing replaces it.
 */
export function toggleWrap(
  text: string,
  selectionStart: number,
  selectionEnd: number,
  marker: string,
  placeholder: string,
): TextEdit {
  const { start, end } = trimSelection(text, selectionStart, selectionEnd);
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  if (before.endsWith(marker) && after.startsWith(marker) && selected) {
    return {
      text: before.slice(0, -marker.length) + selected + after.slice(marker.length),
      start: start - marker.length,
      end: end - marker.length,
    };
  }
  if (
    selected.length > 2 * marker.length &&
    selected.startsWith(marker) &&
    selected.endsWith(marker)
  ) {
    const inner = selected.slice(marker.length, -marker.length);
    return { text: before + inner + after, start, end: start + inner.length };
  }
  const inner = selected || placeholder;
  return {
    text: `${before}${marker}${inner}${marker}${after}`,
    start: start + marker.length,
    end: start + marker.length + inner.length,
  };
}

/**
 * Makes the selection a link and selects the address to type; with nothing selected, inserts
 * "[link text](https://)" with the words selected.
 */
export function insertLink(text: string, selectionStart: number, selectionEnd: number): TextEdit {
  const { start, end } = trimSelection(text, selectionStart, selectionEnd);
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  if (!selected) {
    const words = 'link text';
    return {
      text: `${before}[${words}](https://)${after}`,
      start: start + 1,
      end: start + 1 + words.length,
    };
  }
  const address = 'https://';
  const linkStart = start + selected.length + 3;
  return {
    text: `${before}[${selected}](${address})${after}`,
    start: linkStart,
    end: linkStart + address.length,
  };
}

/**
 * Turns the selected lines into a bulleted list ("- " at the start of each), or back into plain
 * lines when every one is already a bullet. Works on whole lines, wherever the selection starts.
 */
export function toggleBullets(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end === start ? end : Math.max(start, end - 1));
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const isList =
    lines.some((line) => line.trim() !== '') &&
    lines.every((line) => /^\s*[-*] /.test(line) || line.trim() === '');
  const changed = isList
    ? lines.map((line) => line.replace(/^(\s*)[-*] /, '$1'))
    : lines.map((line) => (line.trim() === '' ? line : `- ${line}`));
  const block = changed.join('\n');
  // A list needs a blank line before it to start after a paragraph.
  const needsGap = !isList && lineStart > 1 && !text.slice(0, lineStart).endsWith('\n\n');
  const prefix = needsGap ? '\n' : '';
  const result = text.slice(0, lineStart) + prefix + block + text.slice(lineEnd);
  const newStart = lineStart + prefix.length;
  if (block.trim() === '') {
    const empty = `${text.slice(0, lineStart)}${prefix}- ${text.slice(lineEnd)}`;
    return { text: empty, start: newStart + 2, end: newStart + 2 };
  }
  return { text: result, start: newStart, end: newStart + block.length };
}
