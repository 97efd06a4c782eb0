import { hasRole, type Role, RoleSchema } from '@peer-toolkit/core';
import { describe, expect, it } from 'vitest';
import type { RouteAccess, RouteSpec } from '../../http/route.js';
import { adminRequest } from '../../testing/admin-client.js';
import { listAdminRoutes } from '../../testing/route-specs.js';
import { useAdminTestApp } from '../../testing/use-test-app.js';

/**
 * Who may call each admin operation, as the issue specifies it. This table is the specification,
 * so it is written by hand; everything else in this file is derived from the RouteSpecs.
 */
const expectedAccess: Record<string, RouteAccess> = {
  // Anyone may try to sign in.
  signIn: 'public',
  // Sign-in steps and one's own account: any session in the right stage.
  completeSecondFactor: 'session',
  getSession: 'session',
  signOut: 'session',
  changePassword: 'session',
  beginSecondFactor: 'session',
  confirmSecondFactor: 'session',
  disableSecondFactor: 'editor',
  // Editors: list, read, create, save and submit content; read its history.
  listItemsForEditing: 'editor',
  listItemOptions: 'editor',
  getItemForEditing: 'editor',
  createItem: 'editor',
  saveDraft: 'editor',
  submitForReview: 'editor',
  listRevisions: 'editor',
  getRevision: 'editor',
  diffRevisions: 'editor',
  // Publishers: also publish, unpublish, delete, undelete and restore an old revision.
  publishItem: 'publisher',
  unpublishItem: 'publisher',
  deleteItem: 'publisher',
  undeleteItem: 'publisher',
  restoreRevision: 'publisher',
  // Admins: also users, security settings, the audit log, export and import.
  listUsers: 'admin',
  createUser: 'admin',
  getUser: 'admin',
  updateUser: 'admin',
  resetUserPassword: 'admin',
  endUserSessions: 'admin',
  resetUserSecondFactor: 'admin',
  getSecuritySettings: 'admin',
  updateSecuritySettings: 'admin',
  listAuditEntries: 'admin',
  exportContent: 'admin',
  importContent: 'admin',
};

const roles = RoleSchema.options;
type Caller = Role | 'anonymous';

/**
 * Values for path parameters. Ids name nothing, so a call that gets past the access check changes
 * nothing (it answers 404, 422 or 428) and the matrix can run in any order.
 */
const paramValues: Record<string, string> = {
  type: 'topics',
  id: 'no-such-item',
  number: '1',
  userId: 'no-such-user',
};

function concretePath(spec: RouteSpec): string {
  return spec.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = paramValues[name];
    if (value === undefined) throw new Error(`No test value for :${name} in ${spec.path}`);
    return value;
  });
}

/** Whether a fully signed-in user of this role passes the route's access rule. */
function mayCall(spec: RouteSpec, role: Role): boolean {
  const access = spec.access ?? 'public';
  if (access === 'public') return true;
  if (access === 'session') return (spec.stages ?? ['signed-in']).includes('signed-in');
  return hasRole(role, access);
}

const routes = listAdminRoutes();
const { testApp, ...clients } = useAdminTestApp({ roles });

/** Calls a route as the caller; a body-carrying route gets an empty (and so invalid) body. */
function call(spec: RouteSpec, caller: Caller) {
  const cookie = caller === 'anonymous' ? undefined : clients[caller].cookie;
  return adminRequest(testApp, spec.method, concretePath(spec), {
    cookie,
    ...(spec.body ? { body: {} } : {}),
  });
}

/** Signing out ends the session the rest of the matrix needs, so it is called last. */
const bySignOutLast = (a: RouteSpec, b: RouteSpec) =>
  Number(a.operationId === 'signOut') - Number(b.operationId === 'signOut');

describe('the role matrix, derived from the route specs', () => {
  it('covers every admin route, and only admin routes', () => {
    expect(routes.length).toBe(Object.keys(expectedAccess).length);
    for (const spec of routes) expect(spec.path, spec.operationId).toMatch(/^\/admin\//);
  });

  it.each(['anonymous', ...roles] as const)(
    'gives %s exactly the access its role allows',
    async (caller) => {
      const failures: string[] = [];
      for (const spec of [...routes].sort(bySignOutLast)) {
        const res = await call(spec, caller);
        const route = `${spec.method.toUpperCase()} ${spec.path} (${spec.operationId})`;
        const isPublic = (spec.access ?? 'public') === 'public';
        if (caller === 'anonymous' && !isPublic) {
          if (res.status !== 401 || res.body.code !== 'UNAUTHENTICATED')
            failures.push(`${route} as ${caller}: expected 401 UNAUTHENTICATED, got ${res.status}`);
        } else if (caller !== 'anonymous' && !mayCall(spec, caller)) {
          if (res.status !== 403 || res.body.code !== 'FORBIDDEN')
            failures.push(`${route} as ${caller}: expected 403 FORBIDDEN, got ${res.status}`);
        } else if (res.status === 401 || res.status === 403) {
          failures.push(`${route} as ${caller}: expected to be let in, got ${res.status}`);
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('keeps the second-factor step for half-signed-in sessions: no signed-in role may take it', () => {
    const step = routes.find((spec) => spec.operationId === 'completeSecondFactor');
    expect(step?.stages).toEqual(['second-factor']);
    for (const role of roles) expect(step && mayCall(step, role)).toBe(false);
  });
});

describe('the role matrix, against the specification', () => {
  it('declares for every operation exactly the access the issue gives it', () => {
    const declared = Object.fromEntries(
      routes.map((spec) => [spec.operationId, spec.access ?? 'public']),
    );
    expect(declared).toEqual(expectedAccess);
  });

  /** The operations a fully signed-in user of the role may call, by a given access rule. */
  const callableBy = (role: Role, accessOf: (spec: RouteSpec) => RouteAccess) =>
    routes
      .filter((spec) => mayCall({ ...spec, access: accessOf(spec) }, role))
      .map((spec) => spec.operationId)
      .sort();

  it.each(roles)('lets %s call exactly the operations the issue gives its role', (role) => {
    const specified = callableBy(role, (spec) => expectedAccess[spec.operationId] ?? 'public');
    expect(
      callableBy(role, (spec) => spec.access ?? 'public'),
      role,
    ).toEqual(specified);
  });

  it('gives each role more than the one below it, as editor < publisher < admin', () => {
    const [editor, publisher, admin] = roles.map((role) =>
      callableBy(role, (spec) => expectedAccess[spec.operationId] ?? 'public'),
    );
    expect(publisher?.filter((id) => !editor?.includes(id))).toEqual([
      'deleteItem',
      'publishItem',
      'restoreRevision',
      'undeleteItem',
      'unpublishItem',
    ]);
    expect(admin?.filter((id) => !publisher?.includes(id))).toEqual([
      'createUser',
      'endUserSessions',
      'exportContent',
      'getSecuritySettings',
      'getUser',
      'importContent',
      'listAuditEntries',
      'listUsers',
      'resetUserPassword',
      'resetUserSecondFactor',
      'updateSecuritySettings',
      'updateUser',
    ]);
  });
});
