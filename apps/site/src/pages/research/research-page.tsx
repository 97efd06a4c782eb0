import { type OrganisationalContext, OrganisationalContextSchema } from '@peer-toolkit/core';
import { ContentsList, ContextView, InsetText } from '@peer-toolkit/ui';
import { loadAll } from '../../api/content-lookups.js';
import type { PageRoute } from '../../render/page.js';
import { withContent } from '../../render/with-content.js';
import { InlineCitation } from './inline-citation.js';

const finalReport = ['gillard-2014-new-ways-of-working'];
const changeModel = ['gillard-2015-change-model'];
const contextsPaper = ['gillard-2015-organisational-contexts'];
const riskPaper = ['holley-2015-risk'];
const earlierStudy = ['gillard-2013-team-roles'];
const toolkit = ['sgul-2015-toolkit'];

const sections = [
  { id: 'the-project', label: 'What the research was' },
  { id: 'how', label: 'How it was done' },
  { id: 'coproduction', label: 'Coproduced with service user researchers' },
  { id: 'the-toolkit', label: 'What the toolkit is for' },
  { id: 'contexts', label: 'Three organisational contexts compared' },
  { id: 'more', label: 'Publications and principles' },
];

export const researchRoute: PageRoute = {
  path: '/research',
  async render({ api }) {
    const contexts = (
      await loadAll<OrganisationalContext>(api, '/contexts', OrganisationalContextSchema)
    ).sort((a, b) => a.order - b.order);
    return {
      title: 'About the research',
      description:
        'The research behind the toolkit: a study of new peer worker roles in 10 mental health services across England, 2011 to 2013.',
      section: 'about',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      body: await withContent(
        api,
        <>
          <h1>About the research</h1>
          <p className="ptk-lead">
            This toolkit comes from a research project that looked at what happens when
            organisations bring peer workers into mental health services, and what helps the roles
            work.
          </p>
          <ContentsList items={sections} />

          <section aria-labelledby="the-project">
            <h2 id="the-project">What the research was</h2>
            <p>
              The project was called “New ways of working in mental health services”. It studied how
              new peer worker roles were being introduced in England
              <InlineCitation ids={finalReport} />.
            </p>
            <p>
              A team at St George’s, University of London led it, with Steve Gillard as lead
              researcher. The National Institute for Health Research (NIHR) funded it through its
              Health Services and Delivery Research programme. The study ran from July 2011 to May
              2013, and its final report came out in 2014
              <InlineCitation ids={finalReport} />.
            </p>
            <p>
              It built on an earlier study by the same group of three peer worker roles at three
              sites, with interviews with 41 people
              <InlineCitation ids={earlierStudy} />.
            </p>
          </section>

          <section aria-labelledby="how">
            <h2 id="how">How it was done</h2>
            <p>
              The team studied 10 peer worker projects across England, in NHS Mental Health Trusts,
              in the voluntary sector and in partnerships between the two. Each project was one
              “case”, and the cases were compared with each other
              <InlineCitation ids={finalReport} />.
            </p>
            <p>In each case the researchers:</p>
            <ul className="ptk-list">
              <li>
                interviewed peer workers, people using the service, staff working alongside peer
                workers, and managers and senior managers
              </li>
              <li>
                read the documents used to recruit and train peer workers
                <InlineCitation ids={finalReport} />
              </li>
            </ul>
            <p>
              Papers from the project looked at different sets of interviews from the same 10 cases,
              so their numbers differ. The paper on how peer work brings change analysed 71
              interviews
              <InlineCitation ids={changeModel} />. The paper on risk analysed 91
              <InlineCitation ids={riskPaper} />. These are separate counts, not parts of one total.
            </p>
          </section>

          <section aria-labelledby="coproduction">
            <h2 id="coproduction">Coproduced with service user researchers</h2>
            <p>
              The research was coproduced. Service user researchers, who have their own experience
              of using mental health services, collected most of the data and did most of the
              analysis
              <InlineCitation ids={finalReport} />.
            </p>
          </section>

          <section aria-labelledby="the-toolkit">
            <h2 id="the-toolkit">What the toolkit is for</h2>
            <p>
              In 2015 the project published “Introducing Peer Workers into Mental Health Services:
              an Organisational Toolkit”
              <InlineCitation ids={toolkit} />. Its tools bring together everyone with a stake in a
              new peer worker role, so they can plan it together and share the same expectations of
              it:
            </p>
            <ul className="ptk-list">
              <li>peer workers already in post</li>
              <li>the people who will receive peer support</li>
              <li>the staff peer workers will work alongside</li>
              <li>managers at every level of the organisations involved</li>
            </ul>
            <p>
              It is meant for consultations, peer support working groups, partnership boards or any
              group planning new peer worker roles
              <InlineCitation ids={toolkit} />.
            </p>
            <InsetText>
              <p>
                The toolkit is free to use and reproduce
                <InlineCitation ids={toolkit} />. So is the guidance on this site.
              </p>
            </InsetText>
            <p>
              This site brings the toolkit’s approach online and adds evidence published since.
              Every claim shows where it comes from and how strong the evidence is.
            </p>
          </section>

          <section aria-labelledby="contexts">
            <h2 id="contexts">Three organisational contexts compared</h2>
            <p>
              The research compared peer worker roles in three kinds of organisation. Good practice
              was found in all three. What differed was the culture: what people expected of the
              role, and what they meant by being “professional”
              <InlineCitation ids={contextsPaper} />.
            </p>
            <ul className="ptk-list">
              {contexts.map((context) => (
                <li key={context.id}>
                  <a href={`#${context.slug}`}>{context.title}</a>
                </li>
              ))}
            </ul>
            {contexts.map((context) => (
              <ContextView key={context.id} context={context} headingLevel={3} />
            ))}
          </section>

          <section aria-labelledby="more">
            <h2 id="more">Publications and principles</h2>
            <ul className="ptk-list">
              <li>
                <a href="/research/publications">Publications</a>: every paper the guidance cites,
                with full references and links
              </li>
              <li>
                <a href="/principles">Principles of peer support</a>: the toolkit’s principles and
                other published sets
              </li>
              <li>
                <a href="/change-model">How peer work helps</a>: the change model from the research
              </li>
            </ul>
          </section>
        </>,
      ),
    };
  },
};
