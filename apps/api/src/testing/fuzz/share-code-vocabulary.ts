import {
  type Answers,
  encodeShareCode,
  NOT_APPLICABLE,
  type ShareCodeKind,
  type ShareCodeQuestion,
  type StakeholderGroup,
  stakeholderGroups,
} from '@peer-toolkit/core';
import fc from 'fast-check';
import type { Vocabulary } from './zod-arbitrary.js';

function answersFor(questions: readonly ShareCodeQuestion[]): fc.Arbitrary<Answers> {
  const scale = fc.integer({ min: 0, max: 4 });
  const model = Object.fromEntries(
    questions.map((q) => [
      q.id,
      q.mayNotApply ? fc.oneof(scale, fc.constant(NOT_APPLICABLE)) : scale,
    ]),
  );
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

/** A questionnaire's ids, and share codes made for `coded`: valid, reshaped, or one character off. */
export function vocabularyOf(
  kind: ShareCodeKind,
  questions: ShareCodeQuestion[],
  coded: ShareCodeQuestion[],
): Vocabulary {
  const group = fc.option(fc.constantFrom(...stakeholderGroups), {
    nil: undefined,
  }) as fc.Arbitrary<StakeholderGroup | undefined>;
  const valid = fc.tuple(group, answersFor(coded)).map(([g, answers]) =>
    encodeShareCode({
      kind,
      questions: coded,
      answers,
      ...(kind === 'expectations' ? { group: g } : {}),
    }),
  );
  const typo = fc
    .tuple(valid, fc.nat(), fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZilou -'))
    .map(([code, at, char]) => {
      const i = at % code.length;
      return `${code.slice(0, i)}${char}${code.slice(i + 1)}`;
    });
  const reshaped = fc
    .tuple(valid, fc.nat())
    .map(
      ([code, n]) =>
        [code.toLowerCase(), ` ${code} `, code.replaceAll('-', ''), code.slice(0, n % code.length)][
          n % 4
        ] ?? code,
    );
  return {
    keys: questions.map((q) => q.id),
    strings: fc.oneof({ weight: 4, arbitrary: valid }, typo, reshaped),
  };
}
