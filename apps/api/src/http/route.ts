import type { Request } from 'express';
import type { z } from 'zod';

export type HttpMethod = 'get' | 'post';

export interface RouteResponse {
  status: number;
  description: string;
  schema?: z.ZodType;
}

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
}

/**
 * One endpoint, described once: the server validates against it, and the OpenAPI document and
 * the route coverage test are generated from the same list.
 */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express path under /api/v1, like "/topics/:idOrSlug". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** The success response first; error responses are documented for every route. */
  responses: [RouteResponse, ...RouteResponse[]];
  /** Published-content reads get ETags, revalidation and the response cache. */
  cache: 'published' | 'none';
  handle: (
    input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>>,
  ) => Promise<{ status?: number; body: unknown }>;
}

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}
