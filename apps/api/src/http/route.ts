import type { Role } from '@peer-toolkit/core';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { AuthContext, ClientInfo } from '../auth/auth-service.js';
import type { SessionRecord } from '../store/account-store.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteResponse {
  status: number;
  description: string;
  schema?: z.ZodType;
}

export interface HandlerInput<P, Q, B, A> {
  params: P;
  query: Q;
  body: B;
  /** The signed-in session; always present on routes that need one. */
  auth: A;
  client: ClientInfo;
  req: Request;
  res: Response;
}

/**
 * Who may call a route. `public`: anyone. `session`: anyone with a session in one of `stages`
 * (used by sign-in steps). A role: a fully signed-in user with at least that role.
 */
export type RouteAccess = 'public' | 'session' | Role;

export interface HandlerResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * One endpoint, described once: the server validates against it and enforces its access rule,
 * and the OpenAPI document, the role matrix test and the route coverage test are generated from
 * the same list.
 */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  A extends RouteAccess = RouteAccess,
> {
  method: HttpMethod;
  /** Express path under /api/v1, like "/topics/:idOrSlug". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  access?: A;
  /** Session stages allowed in, for `session` routes. */
  stages?: SessionRecord['stage'][];
  /** Whether a user who must change their password may still call this. */
  allowWhilePasswordChangeRequired?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** Largest accepted body, like "64kb" (the default). */
  bodyLimit?: string;
  /** The success response first; common error responses are documented for every route. */
  responses: [RouteResponse, ...RouteResponse[]];
  /** Errors particular to this route, such as 409 or 429, for the OpenAPI document. */
  errors?: { status: number; description: string }[];
  /** Whether the route changes a version named in If-Match (and answers 412 or 428). */
  ifMatch?: boolean;
  /** Published-content reads get ETags, revalidation and the response cache. */
  cache: 'published' | 'none';
  handle: (
    input: HandlerInput<
      z.output<P>,
      z.output<Q>,
      z.output<B>,
      A extends 'public' ? AuthContext | undefined : AuthContext
    >,
  ) => Promise<HandlerResult>;
}

export function defineRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  A extends RouteAccess = 'public',
>(spec: RouteSpec<P, Q, B, A>): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** State-changing requests to admin routes must prove they come from the admin's own pages. */
export function needsCsrfCheck(spec: Pick<RouteSpec, 'method' | 'path'>): boolean {
  return spec.method !== 'get' && spec.path.startsWith('/admin/');
}
