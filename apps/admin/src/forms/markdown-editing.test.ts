import { describe, expect, it } from 'vitest';
import { insertLink, toggleBullets, toggleWrap } from './markdown-editing.js';

/** Shows a text with its selection marked by [ and ], like "a [b] c". */
function show({ text, start, end }: { text: string; start: number; end: number }) {
  return `${text.slice(0, start)}⟨${text.slice(start, end)}⟩${text.slice(end)}`;
}

describe('toggleWrap', () => {
  it.each([
    ['wraps the selection', 'say hello now', 4, 9, 'say **⟨hello⟩** now'],
    ['unwraps a wrapped selection', 'say **hello** now', 6, 11, 'say ⟨hello⟩ now'],
    [
      'unwraps a selection that includes its markers',
      'say **hello** now',
      4,
      13,
      'say ⟨hello⟩ now',
    ],
    ['keeps spaces at the ends outside the markers', 'say hello now', 3, 10, 'say **⟨hello⟩** now'],
    ['inserts a placeholder when nothing is selected', 'say ', 4, 4, 'say **⟨bold text⟩**'],
  ])('%s', (_name, text, start, end, expected) => {
    expect(show(toggleWrap(text, start, end, '**', 'bold text'))).toBe(expected);
  });
});

describe('insertLink', () => {
  it('links the selected words and selects the address to type', () => {
    expect(show(insertLink('read the guide', 5, 14))).toBe('read [the guide](⟨https://⟩)');
  });
  it('inserts a link with its words selected when nothing is selected', () => {
    expect(show(insertLink('see ', 4, 4))).toBe('see [⟨link text⟩](https://)');
  });
});

describe('toggleBullets', () => {
  it.each([
    ['turns the selected lines into a list', 'one\ntwo', 0, 7, '⟨- one\n- two⟩'],
    ['works on whole lines wherever the selection starts', 'one\ntwo', 1, 5, '⟨- one\n- two⟩'],
    ['turns a list back into lines', '- one\n- two', 0, 11, '⟨one\ntwo⟩'],
    [
      'leaves a blank line before a list after a paragraph',
      'Intro\nitem',
      6,
      10,
      'Intro\n\n⟨- item⟩',
    ],
    ['starts a list on an empty line', 'Intro\n\n', 7, 7, 'Intro\n\n- ⟨⟩'],
  ])('%s', (_name, text, start, end, expected) => {
    expect(show(toggleBullets(text, start, end))).toBe(expected);
  });
});
