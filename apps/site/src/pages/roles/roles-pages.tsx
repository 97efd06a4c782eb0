import {
  type PeerWorkerRole,
  PeerWorkerRoleSchema,
  RelatedContentSchema,
} from '@peer-toolkit/core';
import { RoleView } from '@peer-toolkit/ui';
import { loadAll } from '../../api/content-lookups.js';
import { PageNotFound, type PageRoute } from '../../render/page.js';
import { withContent } from '../../render/with-content.js';
import { describe } from '../topics/topics-pages.js';
import { apiRolesPath, describeRoleFilters, hasFilters, readRoleFilters } from './role-filters.js';
import { RoleFilterForm, RoleResults } from './role-list.js';

const RoleWithRelatedSchema = RelatedContentSchema.extend({ item: PeerWorkerRoleSchema });

export const rolesIndexRoute: PageRoute = {
  path: '/roles',
  async render({ api, url }) {
    const groups = describeRoleFilters();
    const selected = readRoleFilters(url.searchParams, groups);
    const filtered = hasFilters(selected);
    const all = await loadAll<PeerWorkerRole>(api, '/roles', PeerWorkerRoleSchema);
    const roles = filtered
      ? await loadAll<PeerWorkerRole>(api, apiRolesPath(selected), PeerWorkerRoleSchema)
      : all;
    return {
      title: 'Peer worker roles',
      description:
        'Profiles of peer worker roles in mental health services: roles the research studied and illustrative examples, by sector, pay and setting.',
      section: 'roles',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      // Filtered lists are the same content again; only the plain list is for search engines.
      noindex: filtered,
      body: (
        <>
          <h1>Peer worker roles</h1>
          <p className="ptk-lead">
            What peer worker roles can look like: who employs them, how they are paid, where they
            work, and how they are trained and supported.
          </p>
          <p>
            Some profiles describe roles the research studied. Others are illustrative examples for
            common settings, built from the evidence. Each profile says which it is.
          </p>
          <p className="ptk-filter-skip">
            <a href="#results">Skip the filters and go to the roles</a>
          </p>
          <div className="ptk-filter-layout">
            <div className="ptk-filter-layout__filters">
              <RoleFilterForm groups={groups} selected={selected} />
            </div>
            <div className="ptk-filter-layout__results">
              <RoleResults
                roles={roles}
                total={all.length}
                groups={groups}
                selected={selected}
                unrecordedSectors={all.filter((role) => role.sector === undefined).length}
              />
            </div>
          </div>
        </>
      ),
    };
  },
};

export const roleRoute: PageRoute = {
  path: '/roles/:slug',
  async render({ api, req }) {
    const slug = String(req.params.slug);
    const found = await api.find(
      `/roles/${encodeURIComponent(slug)}/related`,
      RoleWithRelatedSchema,
    );
    if (!found) throw new PageNotFound();
    const { item: role, ...related } = found;
    return {
      title: role.title,
      description: describe(role.summary),
      section: 'roles',
      breadcrumbs: [
        { href: '/', label: 'Home' },
        { href: '/roles', label: 'Peer worker roles' },
      ],
      body: await withContent(api, <RoleView role={role} related={related} />),
    };
  },
  async listPaths(api) {
    const roles = await loadAll<PeerWorkerRole>(api, '/roles', PeerWorkerRoleSchema);
    return roles.map((role) => `/roles/${role.slug}`);
  },
};
