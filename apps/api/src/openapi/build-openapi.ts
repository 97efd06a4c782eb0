import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  META_FILTER_VALUES,
  ProblemDetailsSchema,
} from '@peer-toolkit/core';
import { z } from 'zod';
import { needsCsrfCheck, type RouteSpec } from '../http/route.js';
import type { ExtraOperation } from '../routes/extra-operations.js';

type JsonSchema = Record<string, unknown>;

const API_BASE = '/api/v1';

/** "/topics/:idOrSlug" becomes "/topics/{idOrSlug}". */
export function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  return json;
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const {
      description,
      [META_FILTER_VALUES]: values,
      ...rest
    } = property as {
      description?: string;
      [META_FILTER_VALUES]?: string[];
    } & JsonSchema;
    // A filter is sent as a repeated parameter or a comma-separated list of allowed values.
    const schema = values ? { type: 'array', items: { type: 'string', enum: values } } : rest;
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema,
      // Filter parameters accept a repeated parameter as well as a comma-separated list.
      ...(location === 'query' ? { style: 'form', explode: true } : {}),
    };
  });
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const etagHeader = {
  ETag: {
    description: 'Strong validator of this representation; send it back in If-None-Match.',
    schema: { type: 'string' },
  },
};

const notModified = { description: 'Not modified: the copy you hold is current' };

function operationFor(spec: RouteSpec) {
  const [success] = spec.responses;
  const responses: Record<string, unknown> = {};
  for (const response of spec.responses) {
    responses[String(response.status)] = {
      description: response.description,
      ...(response.schema
        ? { content: { 'application/json': { schema: toSchema(response.schema, 'output') } } }
        : {}),
      ...(spec.cache === 'published' && response === success ? { headers: etagHeader } : {}),
    };
  }
  if (spec.cache === 'published') responses['304'] = notModified;
  responses['400'] = problemResponse('The request could not be read');
  if (spec.params) responses['404'] = problemResponse('Nothing has that id or name');
  if (spec.body) {
    responses['413'] = problemResponse('The body is too large');
    responses['415'] = problemResponse('The body is not JSON');
  }
  if (spec.query || spec.body || spec.params)
    responses['422'] = problemResponse('The request failed validation');
  const isProtected = (spec.access ?? 'public') !== 'public';
  if (isProtected) responses['401'] = problemResponse('No valid session: sign in');
  if (isProtected || needsCsrfCheck(spec)) {
    responses['403'] = problemResponse(
      'The role, session stage or request origin does not allow this',
    );
  }
  if (spec.ifMatch) {
    responses['412'] = problemResponse(
      'A newer version exists; `current` holds it, to compare and merge',
    );
    responses['428'] = problemResponse('If-Match is missing');
  }
  for (const error of spec.errors ?? [])
    responses[String(error.status)] = problemResponse(error.description);
  responses['500'] = problemResponse('Something went wrong');
  const headers = [
    ...(needsCsrfCheck(spec)
      ? [
          {
            name: CSRF_HEADER,
            in: 'header',
            required: true,
            description: `Any value (the admin sends "${CSRF_HEADER_VALUE}"). With a matching Origin, it shows the request comes from the admin's own pages.`,
            schema: { type: 'string' },
          },
        ]
      : []),
    ...(spec.ifMatch
      ? [
          {
            name: 'If-Match',
            in: 'header',
            required: true,
            description:
              'The ETag of the version you are changing, as the response that showed it gave it (like "r12" for content).',
            schema: { type: 'string' },
          },
        ]
      : []),
  ];
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags,
    ...(isProtected
      ? {
          security: [{ sessionCookie: [] }],
          'x-required-role': spec.access,
        }
      : {}),
    parameters: [
      ...parametersOf(spec.params, 'path'),
      ...parametersOf(spec.query, 'query'),
      ...headers,
    ],
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(spec.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document, generated from the same route list and core schemas the server
 * validates with, so it cannot drift from what the API does.
 */
export function buildOpenApi(options: {
  routes: RouteSpec[];
  extra: ExtraOperation[];
  version: string;
  sessionCookieName: string;
}) {
  const paths: Record<string, Record<string, unknown>> = {};
  const add = (path: string, method: string, operation: unknown) => {
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[method] = operation;
  };
  for (const spec of options.routes)
    add(`${API_BASE}${toOpenApiPath(spec.path)}`, spec.method, operationFor(spec));
  for (const extra of options.extra) {
    const errors = Object.fromEntries(
      [...extra.errors, { status: 500, description: 'Something went wrong' }].map((error) => [
        String(error.status),
        problemResponse(error.description),
      ]),
    );
    add(extra.path, extra.method, {
      operationId: extra.operationId,
      summary: extra.summary,
      description: extra.description,
      tags: extra.tags,
      responses: {
        '200': {
          description: extra.summary,
          content: { [extra.contentType]: { schema: extra.schema } },
          ...(extra.revalidates ? { headers: etagHeader } : {}),
        },
        ...(extra.revalidates ? { '304': notModified } : {}),
        ...errors,
      },
    });
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Peer Worker Toolkit API',
      version: options.version,
      description:
        'Evidence-based guidance for introducing peer worker roles into mental health services: toolkit topics, the change model, risk guidance, role profiles, principles, publications, search, and the readiness and shared-expectations exercises. Every error is application/problem+json (RFC 9457).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: toSchema(ProblemDetailsSchema, 'output') },
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: options.sessionCookieName,
          description: 'Set by POST /api/v1/admin/auth/sign-in. HttpOnly; SameSite=Strict.',
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApi>;
