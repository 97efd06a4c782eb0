import { randomUUID } from 'node:crypto';
import type { Role, ToolkitTopic } from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import type { Response } from 'supertest';
import { currentTotp } from '../auth/totp.js';
import type { RouteAccess } from '../http/route.js';
import {
  type AdminClient,
  adminRequest,
  createUser,
  sessionCookieFrom,
  signedIn,
  signIn,
  TEST_PASSWORD,
} from './admin-client.js';
import { sampleTopic } from './content-samples.js';
import type { TestApp } from './test-app.js';
import { TOTP_STEP_MS } from './totp-clock.js';
import { securitySettingsVersion, userVersion } from './user-edits.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One request that an admin operation must answer with its documented success. */
export interface SampleCall {
  method: Method;
  /** Under /api/v1, with every parameter filled in. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Whose session sends it; none for signing in. */
  client?: AdminClient;
}

const TYPE = 'topics';
const NEW_PASSWORD = 'copper-meadow-whistle-81';
const bundle = loadDefaultBundle();
const seededTopic = bundle.topics[0] as unknown as Record<string, unknown> & { id: string };

/**
 * Builds, for any admin operation, a request that must succeed, with what it needs set up first:
 * a signed-in user of the required role (sending the admin Origin and the CSRF header), the ETag
 * for If-Match, and items or users in the right state. Each call sets up afresh, so calls do not
 * depend on each other's order. The tests assume the app clock is real time (no `advance`).
 */
export class AdminSamples {
  private readonly clients = new Map<Role, Promise<AdminClient>>();
  private target: Promise<{ id: string }> | undefined;
  private count = 0;

  constructor(private readonly testApp: TestApp) {}

  /** A signed-in user of the role, shared by every sample that does not change its session. */
  clientFor(role: Role): Promise<AdminClient> {
    let client = this.clients.get(role);
    if (!client) {
      client = signedIn(this.testApp, role);
      this.clients.set(role, client);
    }
    return client;
  }

  send(call: SampleCall): Promise<Response> {
    return adminRequest(this.testApp, call.method, call.path, {
      cookie: call.client?.cookie,
      ...(call.body === undefined ? {} : { body: call.body }),
      ...(call.headers ? { headers: call.headers } : {}),
    });
  }

  /** A new topic, unique in id, slug and title, built from the default content. */
  freshTopic(): ToolkitTopic {
    this.count += 1;
    const id = `sample-topic-${this.count}-${randomUUID().slice(0, 8)}`;
    return sampleTopic(id, { title: `Sample topic ${this.count}` });
  }

  /** Creates a new draft topic as an editor; returns it with its ETag. */
  async createDraft(): Promise<{ id: string; content: Record<string, unknown>; etag: string }> {
    const content = this.freshTopic();
    const editor = await this.clientFor('editor');
    const res = await editor.send('post', `/admin/content/${TYPE}`, { content });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
    return { id: content.id, content, etag: String(res.headers.etag) };
  }

  /** A new topic with a second revision saved over the first; returns the newest ETag. */
  async createEdited(): Promise<{ id: string; etag: string }> {
    const draft = await this.createDraft();
    const editor = await this.clientFor('editor');
    const content = { ...draft.content, summary: 'A summary rewritten in a second revision.' };
    const res = await editor.send(
      'put',
      `/admin/content/${TYPE}/${draft.id}`,
      { content },
      {
        'If-Match': draft.etag,
      },
    );
    if (res.status !== 200) throw new Error(`save failed: ${res.status} ${res.text}`);
    return { id: draft.id, etag: String(res.headers.etag) };
  }

  private async createPublished(): Promise<{ id: string }> {
    const draft = await this.createDraft();
    const publisher = await this.clientFor('publisher');
    const res = await publisher.send(
      'post',
      `/admin/content/${TYPE}/${draft.id}/publish`,
      {},
      {
        'If-Match': draft.etag,
      },
    );
    if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${res.text}`);
    return draft;
  }

  private async createDeleted(): Promise<{ id: string }> {
    const draft = await this.createDraft();
    const publisher = await this.clientFor('publisher');
    const res = await publisher.send('delete', `/admin/content/${TYPE}/${draft.id}`);
    if (res.status !== 200) throw new Error(`delete failed: ${res.status} ${res.text}`);
    return draft;
  }

  /** A user for the user-management samples to act on; never one that signs in here. */
  private targetUser(): Promise<{ id: string }> {
    this.target ??= createUser(this.testApp, 'editor');
    return this.target;
  }

  /** A new user of the role, signed in, with a second factor turned on through the API. */
  async withSecondFactor(role: Role): Promise<{ client: AdminClient; secret: string }> {
    const client = await signedIn(this.testApp, role);
    const setup = await client.send('post', '/admin/auth/second-factor/setup');
    const secret = String(setup.body.secret);
    const confirmed = await client.send('post', '/admin/auth/second-factor/confirm', {
      code: currentTotp(secret),
    });
    if (confirmed.status !== 200) throw new Error(`confirm failed: ${confirmed.text}`);
    client.cookie = sessionCookieFrom(confirmed);
    return { client, secret };
  }

  /**
   * The request for an operation, for a user of `access` (a `session` operation gets an editor).
   * An operation added without a sample here fails the tests that cover every operation.
   */
  async prepare(operationId: string, access: RouteAccess): Promise<SampleCall> {
    const role: Role = access === 'public' || access === 'session' ? 'editor' : access;
    const client = () => this.clientFor(role);
    const fresh = () => signedIn(this.testApp, role);
    // The step the confirmation used is spent; the next one is not, and is within the window.
    const nextCode = (secret: string) => currentTotp(secret, Date.now() + TOTP_STEP_MS);
    const item = (id: string, rest = '') => `/admin/content/${TYPE}/${id}${rest}`;
    switch (operationId) {
      case 'signIn': {
        const user = await createUser(this.testApp, role);
        return {
          method: 'post',
          path: '/admin/auth/sign-in',
          body: { email: user.email, password: TEST_PASSWORD },
        };
      }
      case 'completeSecondFactor': {
        const { client: enrolled, secret } = await this.withSecondFactor(role);
        const pending = await signIn(this.testApp, enrolled.user);
        return {
          client: pending,
          method: 'post',
          path: '/admin/auth/second-factor',
          body: { code: nextCode(secret) },
        };
      }
      case 'getSession':
        return { client: await client(), method: 'get', path: '/admin/auth/session' };
      case 'signOut':
        return { client: await fresh(), method: 'post', path: '/admin/auth/sign-out' };
      case 'changePassword':
        return {
          client: await fresh(),
          method: 'post',
          path: '/admin/auth/password',
          body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
        };
      case 'beginSecondFactor':
        return { client: await fresh(), method: 'post', path: '/admin/auth/second-factor/setup' };
      case 'confirmSecondFactor': {
        const user = await fresh();
        const setup = await user.send('post', '/admin/auth/second-factor/setup');
        return {
          client: user,
          method: 'post',
          path: '/admin/auth/second-factor/confirm',
          body: { code: currentTotp(String(setup.body.secret)) },
        };
      }
      case 'disableSecondFactor': {
        const { client: enrolled, secret } = await this.withSecondFactor(role);
        return {
          client: enrolled,
          method: 'post',
          path: '/admin/auth/second-factor/disable',
          body: { password: TEST_PASSWORD, code: nextCode(secret) },
        };
      }
      case 'listUsers':
        return { client: await client(), method: 'get', path: '/admin/users' };
      case 'createUser':
        return {
          client: await client(),
          method: 'post',
          path: '/admin/users',
          body: {
            email: `new-${randomUUID().slice(0, 8)}@example.org`,
            displayName: 'New Editor',
            role: 'editor',
          },
        };
      case 'getUser':
      case 'updateUser':
      case 'resetUserPassword':
      case 'endUserSessions':
      case 'resetUserSecondFactor': {
        const { id } = await this.targetUser();
        const [method, suffix, body]: [Method, string, unknown] = {
          getUser: ['get', '', undefined],
          updateUser: ['patch', '', { displayName: 'Renamed Editor' }],
          resetUserPassword: ['post', '/password-reset', undefined],
          endUserSessions: ['post', '/end-sessions', undefined],
          resetUserSecondFactor: ['post', '/second-factor-reset', undefined],
        }[operationId] as [Method, string, unknown];
        const headers =
          operationId === 'updateUser'
            ? { 'If-Match': await userVersion(await this.clientFor('admin'), id) }
            : undefined;
        return {
          client: await client(),
          method,
          path: `/admin/users/${id}${suffix}`,
          ...(body === undefined ? {} : { body }),
          ...(headers ? { headers } : {}),
        };
      }
      case 'getSecuritySettings':
        return { client: await client(), method: 'get', path: '/admin/security-settings' };
      case 'updateSecuritySettings':
        // Requiring a role to use a second factor would stop the other samples' users.
        return {
          client: await client(),
          method: 'put',
          path: '/admin/security-settings',
          body: { secondFactorRequiredFor: [] },
          headers: { 'If-Match': await securitySettingsVersion(await this.clientFor('admin')) },
        };
      case 'listItemsForEditing':
        return { client: await client(), method: 'get', path: `/admin/content/${TYPE}` };
      case 'listItemOptions':
        return { client: await client(), method: 'get', path: `/admin/content-options/${TYPE}` };
      case 'createItem':
        return {
          client: await client(),
          method: 'post',
          path: `/admin/content/${TYPE}`,
          body: { content: this.freshTopic() },
        };
      case 'getItemForEditing':
        return { client: await client(), method: 'get', path: item(seededTopic.id) };
      case 'saveDraft': {
        const user = await client();
        const current = await user.send('get', item(seededTopic.id));
        return {
          client: user,
          method: 'put',
          path: item(seededTopic.id),
          body: {
            content: { ...current.body.content, summary: 'An edited summary, not published.' },
          },
          headers: { 'If-Match': String(current.headers.etag) },
        };
      }
      case 'submitForReview': {
        const { id, etag } = await this.createEdited();
        return {
          client: await client(),
          method: 'post',
          path: item(id, '/submit'),
          headers: { 'If-Match': etag },
        };
      }
      case 'publishItem': {
        const { id, etag } = await this.createEdited();
        return {
          client: await client(),
          method: 'post',
          path: item(id, '/publish'),
          headers: { 'If-Match': etag },
        };
      }
      case 'unpublishItem': {
        const { id } = await this.createPublished();
        return { client: await client(), method: 'post', path: item(id, '/unpublish') };
      }
      case 'deleteItem': {
        const { id } = await this.createDraft();
        return { client: await client(), method: 'delete', path: item(id) };
      }
      case 'undeleteItem': {
        const { id } = await this.createDeleted();
        return { client: await client(), method: 'post', path: item(id, '/undelete') };
      }
      case 'listRevisions':
        return { client: await client(), method: 'get', path: item(seededTopic.id, '/revisions') };
      case 'getRevision':
        return {
          client: await client(),
          method: 'get',
          path: item(seededTopic.id, '/revisions/1'),
        };
      case 'diffRevisions': {
        const { id } = await this.createEdited();
        return { client: await client(), method: 'get', path: item(id, '/diff?from=1&to=2') };
      }
      case 'restoreRevision': {
        const { id, etag } = await this.createEdited();
        return {
          client: await client(),
          method: 'post',
          path: item(id, '/revisions/1/restore'),
          headers: { 'If-Match': etag },
        };
      }
      case 'listAuditEntries':
        return { client: await client(), method: 'get', path: '/admin/audit' };
      case 'exportContent':
        return { client: await client(), method: 'get', path: '/admin/export' };
      case 'importContent': {
        const user = await client();
        const exported = await user.send('get', '/admin/export');
        return {
          client: user,
          method: 'post',
          path: '/admin/import',
          body: { document: exported.body, dryRun: true },
        };
      }
      default:
        throw new Error(`No sample request for ${operationId}: add one to AdminSamples`);
    }
  }
}
