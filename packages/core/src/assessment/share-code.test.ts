import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stakeholderGroups } from '../domain/stakeholder-group.js';
import { AppError } from '../errors/app-error.js';
import {
  decodeShareCode,
  encodeShareCode,
  type ShareCodeKind,
  type ShareCodeQuestion,
} from './share-code.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// Every third question may be answered "does not apply".
const questions: ShareCodeQuestion[] = Array.from({ length: 12 }, (_, i) => ({
  id: `eq-statement-${i + 1}`,
  order: i + 1,
  mayNotApply: i % 3 === 0,
}));

const answersArbitrary = fc.record(
  Object.fromEntries(
    questions.map((q) => [
      q.id,
      q.mayNotApply
        ? fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('not-applicable' as const))
        : fc.integer({ min: 0, max: 4 }),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, number | 'not-applicable'>>;
const groupArbitrary = fc.option(fc.constantFrom(...stakeholderGroups), { nil: undefined });
const kindArbitrary = fc.constantFrom<ShareCodeKind>('expectations', 'readiness');

function rejectionReason(
  code: string,
  kind: ShareCodeKind = 'expectations',
  set = questions,
): string | undefined {
  try {
    decodeShareCode({ code, kind, questions: set });
    return undefined;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('INVALID_SHARE_CODE');
    return error.issues?.[0]?.rule;
  }
}

describe('share codes', () => {
  it('are short, upper-case and grouped in fours', () => {
    const code = encodeShareCode({
      kind: 'expectations',
      questions,
      group: 'managers',
      answers: { 'eq-statement-1': 3 },
    });
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    expect(code.replaceAll('-', '').length).toBeLessThanOrEqual(24);
  });

  it('round-trip any answers, group and kind', () => {
    fc.assert(
      fc.property(kindArbitrary, groupArbitrary, answersArbitrary, (kind, group, answers) => {
        const code = encodeShareCode({ kind, questions, group, answers });
        expect(decodeShareCode({ code, kind, questions })).toEqual({ kind, group, answers });
      }),
    );
  });

  it('read the same when typed in lower case, with spaces, or with O for 0 and I or L for 1', () => {
    const answers = { 'eq-statement-2': 0, 'eq-statement-7': 4 };
    const code = encodeShareCode({ kind: 'expectations', questions, answers });
    const retyped = code
      .toLowerCase()
      .replaceAll('-', ' ')
      .replaceAll('0', 'o')
      .replaceAll('1', 'l');
    expect(decodeShareCode({ code: retyped, kind: 'expectations', questions }).answers).toEqual(
      answers,
    );
  });

  it('detect every single mistyped character', () => {
    fc.assert(
      fc.property(
        groupArbitrary,
        answersArbitrary,
        fc.nat(),
        fc.integer({ min: 1, max: ALPHABET.length - 1 }),
        (group, answers, positionSeed, shift) => {
          const code = encodeShareCode({
            kind: 'expectations',
            questions,
            group,
            answers,
          }).replaceAll('-', '');
          const position = positionSeed % code.length;
          const original = ALPHABET.indexOf(code[position] ?? '');
          const replacement = ALPHABET[(original + shift) % ALPHABET.length] ?? '';
          const corrupted = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(rejectionReason(corrupted)).toBeDefined();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('detect swapped, dropped, added and scrambled characters', () => {
    const corruption = fc.oneof(
      fc.record({ type: fc.constant('swap' as const), at: fc.nat() }),
      fc.record({ type: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({
        type: fc.constant('add' as const),
        at: fc.nat(),
        char: fc.constantFrom(...ALPHABET),
      }),
      fc.record({
        type: fc.constant('scramble' as const),
        chars: fc.array(fc.constantFrom(...ALPHABET), { minLength: 2, maxLength: 6 }),
        at: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(answersArbitrary, corruption, (answers, change) => {
        const code = encodeShareCode({ kind: 'expectations', questions, answers }).replaceAll(
          '-',
          '',
        );
        const at = change.at % code.length;
        let corrupted = code;
        if (change.type === 'swap') {
          const next = (at + 1) % code.length;
          const chars = [...code];
          [chars[at], chars[next]] = [chars[next] ?? '', chars[at] ?? ''];
          corrupted = chars.join('');
        } else if (change.type === 'drop') corrupted = code.slice(0, at) + code.slice(at + 1);
        else if (change.type === 'add')
          corrupted = code.slice(0, at) + change.char + code.slice(at);
        else
          corrupted =
            code.slice(0, at) + change.chars.join('') + code.slice(at + change.chars.length);
        fc.pre(corrupted !== code);
        expect(rejectionReason(corrupted)).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse a code made for the other exercise, naming it', () => {
    const code = encodeShareCode({ kind: 'readiness', questions, answers: {} });
    expect(() => decodeShareCode({ code, kind: 'expectations', questions })).toThrow(
      expect.objectContaining({
        safeMessage: expect.stringContaining('readiness self-assessment'),
      }),
    );
  });

  it('refuse a code made with different or reordered questions', () => {
    const code = encodeShareCode({
      kind: 'expectations',
      questions,
      answers: { 'eq-statement-1': 2 },
    });
    const reordered = questions.map((q, i) => ({ ...q, order: questions.length - i }));
    expect(rejectionReason(code, 'expectations', reordered)).toBe('questions');
    expect(rejectionReason(code, 'expectations', questions.slice(1))).toBe('questions');
    expect(rejectionReason(code, 'expectations', [...questions, { id: 'eq-new', order: 99 }])).toBe(
      'questions',
    );
    const renamed = questions.map((q, i) => (i === 4 ? { ...q, id: 'eq-renamed' } : q));
    expect(rejectionReason(code, 'expectations', renamed)).toBe('questions');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['HELLO-WORLD!', 'characters'],
    ['UUUU', 'characters'],
    ['0000', 'length'],
    ['0000-0000-0000-0000-0000', 'checksum'],
  ])('refuse %j (%s)', (code, reason) => {
    expect(rejectionReason(code)).toBe(reason);
  });

  it('refuse answers that do not belong to the questions when encoding', () => {
    expect(() =>
      encodeShareCode({ kind: 'expectations', questions, answers: { other: 1 } }),
    ).toThrow(AppError);
    expect(() =>
      encodeShareCode({ kind: 'expectations', questions, answers: { 'eq-statement-1': 7 } }),
    ).toThrow(AppError);
  });

  it('do not depend on the order the caller lists the questions in', () => {
    const answers = { 'eq-statement-1': 'not-applicable', 'eq-statement-2': 3 };
    const code = encodeShareCode({
      kind: 'readiness',
      questions: [...questions].reverse(),
      answers,
    });
    expect(decodeShareCode({ code, kind: 'readiness', questions }).answers).toEqual(answers);
  });

  it('refuse "does not apply" for a question that always applies', () => {
    expect(() =>
      encodeShareCode({
        kind: 'readiness',
        questions,
        answers: { 'eq-statement-2': 'not-applicable' },
      }),
    ).toThrow(AppError);
  });
});
