import { describe, expect, it } from 'vitest';
import { validWorkshop, WorkshopSchema, workshopSpec } from './form-test-harness.test-support.js';
import { specAtPath } from './schema-spec.js';
import { anchorPath, issuesFromApi, messageFor, validateForm } from './validate.js';

describe('validateForm', () => {
  it('accepts a complete value', () => {
    expect(validateForm(WorkshopSchema, workshopSpec, validWorkshop)).toEqual([]);
  });

  it('gives each problem the id of the field to link to, with the schema’s own message', () => {
    const issues = validateForm(WorkshopSchema, workshopSpec, {
      ...validWorkshop,
      findings: [{ text: '', evidence: [] }],
      settings: ['community', 'prison'],
    });
    expect(issues).toEqual([
      { path: ['settings'], id: 'field-settings', message: 'Choose from the list for settings' },
      { path: ['findings', 0, 'text'], id: 'field-findings-0-text', message: 'Enter the text' },
    ]);
  });

  it('leaves out optional fields left empty rather than failing them', () => {
    const value = { ...validWorkshop, venue: { name: 'Hall', room: '   ' }, lead: undefined };
    expect(validateForm(WorkshopSchema, workshopSpec, value)).toEqual([]);
  });
});

describe('messageFor', () => {
  const at = (...path: (string | number)[]) => specAtPath(workshopSpec, path);
  it.each([
    [['title'], 'Invalid input: expected string, received undefined', 'Enter the workshop name'],
    [
      ['title'],
      'Too big: expected string to have <=200 characters',
      'Workshop name must be 200 characters or fewer',
    ],
    [
      ['seats'],
      'Invalid input: expected number, received string',
      'Enter the seats as a whole number',
    ],
    [['seats'], 'Too small: expected number to be >=1', 'Seats must be 1 or more'],
    [['direction'], 'Invalid option: expected one of "a"|"b"', 'Choose the direction of risk'],
    [['lead'], 'Invalid option: expected one of "a"|"b"', 'Choose who leads it'],
    [['topicId'], 'Invalid input: expected string, received undefined', 'Choose the toolkit topic'],
    [
      ['activities'],
      'Too small: expected array to have >=1 items',
      'Add at least one to activities',
    ],
    [
      ['relatedTopicIds'],
      'Too big: expected array to have <=50 items',
      'Choose no more than 50 for related toolkit topics',
    ],
    [['title'], 'Enter the workshop name', 'Enter the workshop name'],
  ] as const)('words %j "%s" as "%s"', (path, message, expected) => {
    expect(messageFor(at(...path), message)).toBe(expected);
  });
});

describe('issuesFromApi', () => {
  it('maps the API’s request paths onto the same field ids', () => {
    expect(
      issuesFromApi(workshopSpec, [
        { path: ['body', 'content', 'findings', 0, 'text'], message: 'Enter the text' },
        { path: ['body', 'content', 'settings', 1], message: 'Invalid option: expected one of …' },
        { path: ['body', 'content', 'seats'], message: 'Too big: expected number to be <=40' },
        { path: ['body', 'content', 'id'], message: 'Choose an id that is not in use' },
        { path: ['query', 'page'], message: 'Not about the form' },
      ]),
    ).toEqual([
      { path: ['findings', 0, 'text'], id: 'field-findings-0-text', message: 'Enter the text' },
      { path: ['settings'], id: 'field-settings', message: 'Choose from the list for settings' },
      { path: ['seats'], id: 'field-seats', message: 'Seats must be 40 or less' },
      { path: ['id'], id: 'field-id', message: 'Choose an id that is not in use' },
    ]);
  });

  it('points a path the form has no field for at the nearest field that holds it', () => {
    expect(anchorPath(workshopSpec, ['venue', 'unknown'])).toEqual(['venue']);
    expect(anchorPath(workshopSpec, ['relatedTopicIds', 3])).toEqual(['relatedTopicIds']);
    expect(anchorPath(workshopSpec, ['findings', 2, 'evidence', 0, 'strength'])).toEqual([
      'findings',
      2,
      'evidence',
      0,
      'strength',
    ]);
  });
});
