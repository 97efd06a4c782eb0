import { z } from 'zod';

/** An endpoint served outside the JSON route list, documented alongside it. */
export interface ExtraOperation {
  method: 'get';
  /** Full path, from the root. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  contentType: string;
  /** JSON Schema of the success body. */
  schema: Record<string, unknown>;
  /** Whether the body has an ETag and can be answered with 304. */
  revalidates: boolean;
  /** Documented error statuses besides 500. */
  errors: { status: number; description: string }[];
}

const json = (schema: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
};

export const extraOperations: ExtraOperation[] = [
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API described in OpenAPI 3.1',
    description: 'Generated from the schemas the server validates with.',
    tags: ['Reference'],
    contentType: 'application/json',
    schema: {
      type: 'object',
      description: 'An OpenAPI 3.1 document.',
      properties: {
        openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
        info: { type: 'object' },
        paths: { type: 'object' },
      },
      required: ['openapi', 'info', 'paths'],
    },
    revalidates: true,
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/docs',
    operationId: 'getApiReference',
    summary: 'A readable reference of this API',
    description: 'An HTML page rendering the OpenAPI document.',
    tags: ['Reference'],
    contentType: 'text/html',
    schema: { type: 'string' },
    revalidates: false,
    errors: [],
  },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'getLiveness',
    summary: 'Liveness: the process is running',
    description: 'Always 200 while the process can answer.',
    tags: ['Operations'],
    contentType: 'application/json',
    schema: json(z.object({ status: z.literal('ok') })),
    revalidates: false,
    errors: [],
  },
  {
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    summary: 'Readiness: the database answers',
    description: '200 when requests can be served; 503 otherwise.',
    tags: ['Operations'],
    contentType: 'application/json',
    schema: json(z.object({ status: z.literal('ready') })),
    revalidates: false,
    errors: [{ status: 503, description: 'Not ready to serve requests' }],
  },
];
