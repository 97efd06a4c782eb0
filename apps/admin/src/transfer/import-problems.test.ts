import { describe, expect, it } from 'vitest';
import { describeImportIssue, type ImportedItemRef } from './import-problems.js';

const items: ImportedItemRef[] = [
  { collection: 'topics', id: 'role-definition', revisions: [{ number: 1 }, { number: 4 }] },
  { collection: 'nonsense', id: 'x', revisions: [] },
];
const issue = (path: (string | number)[], message = 'Enter a title') => ({
  path,
  message,
  rule: 'r',
});

describe('a problem with an import, in words', () => {
  it('names the item, the revision by its number, and the field, for a problem in the file', () => {
    expect(
      describeImportIssue(
        issue(['body', 'document', 'items', 0, 'revisions', 1, 'content', 'title']),
        items,
      ),
    ).toBe('Toolkit topic “role-definition”, revision 4 › Topic title: Enter a title');
  });

  it('names the item for a problem with the item itself, and any type it does not know', () => {
    expect(
      describeImportIssue(
        issue(
          ['body', 'document', 'items', 1, 'collection'],
          'There is no content type "nonsense"',
        ),
        items,
      ),
    ).toBe('Item “x”: There is no content type "nonsense"');
  });

  it('counts from one when the file is not at hand', () => {
    expect(
      describeImportIssue(
        issue(['body', 'document', 'items', 5, 'revisions', 0, 'number']),
        undefined,
      ),
    ).toBe('Item 6, revision 1: Enter a title');
  });

  it('names the item and field for a problem with the content after the import', () => {
    expect(
      describeImportIssue(
        issue(['topics', 'role-definition', 'findings', 0, 'evidence'], 'Add evidence'),
        items,
      ),
    ).toBe('Toolkit topic “role-definition” › Finding 1 › Evidence: Add evidence');
  });

  it('says a problem with the file as a whole is about the file', () => {
    expect(
      describeImportIssue(issue(['body', 'document', 'formatVersion'], 'Wrong version'), items),
    ).toBe('The file: Wrong version');
  });
});
