import { z } from 'zod';
import { ErrorCodeSchema } from './error-code.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** One failing part of a request or of the content, located by its path. */
export const ProblemIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])).meta({
    description: 'Where the problem is, as object keys and array positions.',
  }),
  message: z.string(),
  rule: z
    .string()
    .optional()
    .meta({ description: 'The schema check or integrity rule that failed.' }),
});

/** RFC 9457 problem details, with the project's error code and issue list as extensions. */
export const ProblemDetailsSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional(),
    code: ErrorCodeSchema,
    issues: z.array(ProblemIssueSchema).optional(),
    requestId: z.string().optional(),
  })
  .catchall(z.unknown())
  .meta({ title: 'Problem details' });

export type ProblemIssue = z.infer<typeof ProblemIssueSchema>;
export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;
