import { base32crockford } from '@scure/base';
import CRC32 from 'crc-32';
import { z } from 'zod';
import { type StakeholderGroup, stakeholderGroups } from '../domain/stakeholder-group.js';
import { AppError } from '../errors/app-error.js';
import { type Answers, NOT_APPLICABLE, SCALE_MAX } from './answer-scale.js';
import { type AnswerableQuestion, checkAnswers } from './check-answers.js';

/*
 * A share code carries one person's answers without any server storage. Bytes:
 *   0      format version
 *   1      kind (high 4 bits) and stakeholder group (low 4 bits, 15 = none)
 *   2-3    fingerprint of the question ids, so a code only decodes against the same questions
 *   4      number of questions
 *   5..    answers, 3 bits each: 0 = not answered, 1-5 = scale value 0-4, 6 = does not apply
 *   last 4 CRC-32 of all bytes before it
 * written in Crockford base32 (no I, L, O or U; case-insensitive) in blocks of four.
 * CRC-32 catches every change confined to 32 consecutive bits, so any single mistyped character
 * is always detected, and other corruption is missed only about once in four billion.
 */
export const SHARE_CODE_VERSION = 1;
const HEADER_BYTES = 5;
const CHECKSUM_BYTES = 4;
const BITS_PER_ANSWER = 3;
const NO_GROUP = 15;
const FIELD_NOT_APPLICABLE = SCALE_MAX + 2;

export const ShareCodeKindSchema = z.enum(['expectations', 'readiness']);
export type ShareCodeKind = z.infer<typeof ShareCodeKindSchema>;

const kindCodes: Record<ShareCodeKind, number> = { expectations: 0, readiness: 1 };
const kindNames: Record<ShareCodeKind, string> = {
  expectations: 'shared expectations exercise',
  readiness: 'readiness self-assessment',
};

export const ShareCodeSchema = z
  .string()
  .trim()
  .min(1, 'Enter a share code')
  .max(200, 'This is too long to be a share code')
  .meta({ title: 'Share code', description: 'A code like 04AB-7KQ2-…, made by the toolkit.' });

/** A question as share codes need it: its id, its display order, and whether it may not apply. */
export type ShareCodeQuestion = AnswerableQuestion & { order: number };

export interface SharedAnswers {
  kind: ShareCodeKind;
  group: StakeholderGroup | undefined;
  answers: Answers;
}

/** Codes always list questions in display order, then id, whatever order the caller has. */
function inCodeOrder<Q extends ShareCodeQuestion>(questions: readonly Q[]): Q[] {
  return [...questions].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function checksum(bytes: Uint8Array): number {
  return CRC32.buf(bytes) >>> 0;
}

function fingerprint(questions: readonly ShareCodeQuestion[]): number {
  return CRC32.str(questions.map((question) => question.id).join('\n')) & 0xffff;
}

function packedLength(count: number): number {
  return Math.ceil((count * BITS_PER_ANSWER) / 8);
}

function invalid(reason: string, safeMessage: string): AppError {
  return new AppError('INVALID_SHARE_CODE', `Share code rejected: ${reason}`, {
    safeMessage,
    issues: [{ path: ['code'], message: safeMessage, rule: reason }],
  });
}

const MISTYPED =
  'This code has a mistake in it. Check each character against the original, or ask for the code again.';

export interface EncodeShareCodeInput {
  kind: ShareCodeKind;
  questions: readonly ShareCodeQuestion[];
  group?: StakeholderGroup | undefined;
  answers: unknown;
}

/** Encodes answers to the given questions as a share code. */
export function encodeShareCode({ kind, questions, group, answers }: EncodeShareCodeInput): string {
  if (questions.length > 255) throw new Error('Share codes hold at most 255 questions');
  const ordered = inCodeOrder(questions);
  const checked = checkAnswers(answers, ordered);
  const bytes = new Uint8Array(HEADER_BYTES + packedLength(ordered.length) + CHECKSUM_BYTES);
  const view = new DataView(bytes.buffer);
  bytes[0] = SHARE_CODE_VERSION;
  bytes[1] =
    (kindCodes[kind] << 4) | (group === undefined ? NO_GROUP : stakeholderGroups.indexOf(group));
  view.setUint16(2, fingerprint(ordered));
  bytes[4] = ordered.length;
  ordered.forEach(({ id }, index) => {
    const value = checked[id];
    const field =
      value === undefined ? 0 : value === NOT_APPLICABLE ? FIELD_NOT_APPLICABLE : value + 1;
    for (let bit = 0; bit < BITS_PER_ANSWER; bit += 1) {
      if (((field >> (BITS_PER_ANSWER - 1 - bit)) & 1) === 0) continue;
      const position = index * BITS_PER_ANSWER + bit;
      const at = HEADER_BYTES + (position >> 3);
      bytes[at] = (bytes[at] ?? 0) | (0x80 >> (position & 7));
    }
  });
  const body = bytes.length - CHECKSUM_BYTES;
  view.setUint32(body, checksum(bytes.subarray(0, body)));
  return (base32crockford.encode(bytes).match(/.{1,4}/g) ?? []).join('-');
}

function decodeCharacters(code: string): Uint8Array {
  const compact = code.replace(/[\s-]+/g, '').toUpperCase();
  if (compact.length === 0) throw invalid('empty', 'Enter a share code.');
  if (/[^0-9A-Z]/.test(compact) || compact.includes('U')) {
    throw invalid(
      'characters',
      'A share code only has letters and numbers (and dashes between blocks).',
    );
  }
  try {
    return base32crockford.decode(compact);
  } catch {
    throw invalid('corrupt', MISTYPED);
  }
}

function readField(bytes: Uint8Array, index: number): number {
  let field = 0;
  for (let bit = 0; bit < BITS_PER_ANSWER; bit += 1) {
    const position = index * BITS_PER_ANSWER + bit;
    const byte = bytes[HEADER_BYTES + (position >> 3)] ?? 0;
    field = (field << 1) | ((byte >> (7 - (position & 7))) & 1);
  }
  return field;
}

export interface DecodeShareCodeInput {
  code: string;
  kind: ShareCodeKind;
  questions: readonly ShareCodeQuestion[];
}

/**
 * Reads a share code made for the given questions. A mistyped, truncated or tampered code, or one
 * made for other questions, is refused with a clear reason and never decodes to wrong answers.
 */
export function decodeShareCode({ code, kind, questions }: DecodeShareCodeInput): SharedAnswers {
  const ordered = inCodeOrder(questions);
  const bytes = decodeCharacters(code);
  if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES) throw invalid('length', MISTYPED);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const body = bytes.length - CHECKSUM_BYTES;
  if (view.getUint32(body) !== checksum(bytes.subarray(0, body)))
    throw invalid('checksum', MISTYPED);

  if (bytes[0] !== SHARE_CODE_VERSION) {
    throw invalid(
      'version',
      'This code was made by a different version of the toolkit and cannot be read here.',
    );
  }
  const header = bytes[1] ?? 0;
  const kindCode = header >> 4;
  if (kindCode !== kindCodes[kind]) {
    const other = kindCode === kindCodes.expectations ? 'expectations' : 'readiness';
    throw invalid('kind', `This code is from the ${kindNames[other]}, not the ${kindNames[kind]}.`);
  }
  if (bytes[4] !== ordered.length || view.getUint16(2) !== fingerprint(ordered)) {
    throw invalid(
      'questions',
      'This code was made with a different set of questions, so its answers cannot be matched. Ask for a new code.',
    );
  }
  if (body - HEADER_BYTES !== packedLength(ordered.length)) throw invalid('length', MISTYPED);

  const groupCode = header & 0x0f;
  const group = groupCode === NO_GROUP ? undefined : stakeholderGroups[groupCode];
  if (groupCode !== NO_GROUP && group === undefined) throw invalid('group', MISTYPED);

  const answers: Answers = {};
  ordered.forEach(({ id, mayNotApply }, index) => {
    const field = readField(bytes, index);
    if (field > FIELD_NOT_APPLICABLE || (field === FIELD_NOT_APPLICABLE && !mayNotApply)) {
      throw invalid('answer', MISTYPED);
    }
    if (field === FIELD_NOT_APPLICABLE) answers[id] = NOT_APPLICABLE;
    else if (field > 0) answers[id] = field - 1;
  });
  // Bits after the last answer must be zero.
  for (
    let index = ordered.length;
    index * BITS_PER_ANSWER < packedLength(ordered.length) * 8;
    index += 1
  ) {
    const spare = Math.min(
      BITS_PER_ANSWER,
      packedLength(ordered.length) * 8 - index * BITS_PER_ANSWER,
    );
    if (readField(bytes, index) >> (BITS_PER_ANSWER - spare) !== 0)
      throw invalid('padding', MISTYPED);
  }
  return { kind, group, answers };
}
