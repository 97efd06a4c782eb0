import { type PrincipleSet, PrincipleSetSchema } from '@peer-toolkit/core';
import { ContentsList, PrincipleSetView } from '@peer-toolkit/ui';
import { loadAll } from '../../api/content-lookups.js';
import type { PageRoute } from '../../render/page.js';
import { withContent } from '../../render/with-content.js';

export const principlesRoute: PageRoute = {
  path: '/principles',
  async render({ api }) {
    const sets = (await loadAll<PrincipleSet>(api, '/principle-sets', PrincipleSetSchema)).sort(
      (a, b) => a.order - b.order,
    );
    return {
      title: 'Principles of peer support',
      description:
        'Published principles of peer support, including the toolkit’s own five principles, each with its source.',
      section: 'about',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      body: await withContent(
        api,
        <>
          <h1>Principles of peer support</h1>
          <p className="ptk-lead">
            Principles say what makes peer support different from other kinds of help. Use them to
            check that plans for a new role keep what makes peer support work.
          </p>
          <p>
            Here are {sets.length} published sets of principles. Each is kept together as its
            authors grouped it and explained in our own words, with its source. The sets overlap:
            read them side by side rather than choosing one.
          </p>
          <ContentsList items={sets.map((set) => ({ id: set.slug, label: set.title }))} />
          {sets.map((set) => (
            <PrincipleSetView key={set.id} set={set} />
          ))}
        </>,
      ),
    };
  },
};
