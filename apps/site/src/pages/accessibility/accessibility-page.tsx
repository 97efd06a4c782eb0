import { ContentsList, InsetText } from '@peer-toolkit/ui';
import { SITE_NAME } from '../../render/document.js';
import type { PageRoute } from '../../render/page.js';

/** When the statement was written and last reviewed; update it with each review. */
export const STATEMENT_PREPARED = '26 November 2026';
export const STATEMENT_REVIEWED = '26 November 2026';

const sections = [
  { id: 'using-this-site', label: 'Using this website' },
  { id: 'how-accessible', label: 'How accessible this website is' },
  { id: 'reporting', label: 'Reporting accessibility problems' },
  { id: 'enforcement', label: 'Enforcement procedure' },
  { id: 'technical', label: 'Technical information' },
  { id: 'testing', label: 'How we tested this website' },
  { id: 'improving', label: 'What we are doing to improve accessibility' },
  { id: 'preparation', label: 'Preparation of this statement' },
];

export const accessibilityRoute: PageRoute = {
  path: '/accessibility',
  async render() {
    return {
      title: 'Accessibility statement',
      description: `How accessible the ${SITE_NAME} website is, how it was tested, its known limitations and how to report a problem.`,
      section: 'about',
      breadcrumbs: [{ href: '/', label: 'Home' }],
      body: (
        <>
          <h1>Accessibility statement for the {SITE_NAME}</h1>
          <p className="ptk-lead">
            This statement applies to the {SITE_NAME} website: its guidance pages, the change model,
            the risk guidance, the role profiles, the self-assessment, the shared expectations
            exercise and search.
          </p>
          <ContentsList items={sections} />

          <section aria-labelledby="using-this-site">
            <h2 id="using-this-site">Using this website</h2>
            <p>
              We want as many people as possible to be able to use this website. For example, you
              should be able to:
            </p>
            <ul className="ptk-list">
              <li>
                change colours, contrast levels and fonts using your browser or device settings
              </li>
              <li>zoom in up to 200% without losing any content</li>
              <li>
                read every page on a screen as narrow as 320 pixels without scrolling sideways
              </li>
              <li>get around the whole website using just a keyboard</li>
              <li>use a screen reader: pages use headings, landmarks and labelled form fields</li>
              <li>use every page and form with JavaScript switched off</li>
              <li>print any page as a clean document</li>
            </ul>
            <p>
              We have also tried to make the text as simple as possible to understand. Where we need
              a research term, we explain it.
            </p>
            <p>
              <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your
              device easier to use if you have a disability.
            </p>
          </section>

          <section aria-labelledby="how-accessible">
            <h2 id="how-accessible">How accessible this website is</h2>
            <p>
              We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level
              AA. We know some parts of the website have limits:
            </p>
            <ul className="ptk-list">
              <li>
                The change model diagram is an interactive picture. You can move between its parts
                with the keyboard, but a picture of connected boxes is harder to follow with a
                screen reader or at high zoom. The same page has a full text version of the model,
                with every part and every link between them, so you do not need the diagram.
              </li>
              <li>
                Links to publications go to journal and publisher websites. We do not run those
                websites and cannot say how accessible they are.
              </li>
              <li>
                Some research terms, such as “coproduced” or “change mechanism”, may be unfamiliar.
                We explain them where they are used.
              </li>
              <li>
                The website has not yet had an independent accessibility audit, or been tested by
                disabled people who use it. The checks we did are listed below.
              </li>
            </ul>
          </section>

          <section aria-labelledby="reporting">
            <h2 id="reporting">Reporting accessibility problems with this website</h2>
            <p>
              If you find a problem that is not listed on this page, or you need something from this
              website in a different format, such as large print, easy read, audio or braille,
              contact the organisation that runs this website.
            </p>
            <InsetText>
              <p>
                The {SITE_NAME} project does not have a contact address of its own yet, so we cannot
                give one here. The organisation that runs this copy of the website should add its
                contact details to this page.
              </p>
            </InsetText>
          </section>

          <section aria-labelledby="enforcement">
            <h2 id="enforcement">Enforcement procedure</h2>
            <p>
              In the UK, the Equality and Human Rights Commission (EHRC) is responsible for
              enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
              Accessibility Regulations 2018 (the “accessibility regulations”).
            </p>
            <p>
              If this website is run by a public sector body and you are not happy with how it
              responds to your complaint, contact the{' '}
              <a href="https://www.equalityadvisoryservice.com/">
                Equality Advisory and Support Service (EASS)
              </a>
              .
            </p>
          </section>

          <section aria-labelledby="technical">
            <h2 id="technical">Technical information about this website’s accessibility</h2>
            <h3 id="compliance">Compliance status</h3>
            <p>
              This website is built to meet WCAG 2.2 level AA. We do not know of any part that fails
              it, apart from the limits listed above. Until it has had an independent audit, we do
              not claim that it fully complies.
            </p>
            <h3 id="how-built">How the website is built for accessibility</h3>
            <ul className="ptk-list">
              <li>every page is plain HTML from the server; JavaScript only adds to it</li>
              <li>a “Skip to main content” link, landmarks, and headings in order on every page</li>
              <li>a clear yellow and black outline shows which link or control has focus</li>
              <li>
                colour never carries meaning on its own: evidence labels and role labels are words
              </li>
              <li>
                forms have labels, and a “There is a problem” summary links to any field that needs
                correcting
              </li>
              <li>buttons and form controls are large enough to use by touch</li>
            </ul>
          </section>

          <section aria-labelledby="testing">
            <h2 id="testing">How we tested this website</h2>
            <p>The team that built the website checked it in these ways:</p>
            <ul className="ptk-list">
              <li>
                automated checks with the axe accessibility engine on every page of the website
              </li>
              <li>
                keyboard-only checks, including completing the self-assessment without a mouse
              </li>
              <li>screen widths from 320 pixels, the width of a small phone, to desktop size</li>
              <li>zooming text to 200%</li>
              <li>using pages with JavaScript switched off</li>
              <li>printing pages</li>
            </ul>
          </section>

          <section aria-labelledby="improving">
            <h2 id="improving">What we are doing to improve accessibility</h2>
            <p>
              We plan to test the website with disabled people, including screen reader users, and
              to have it audited independently. We will update this statement with what we find.
            </p>
          </section>

          <section aria-labelledby="preparation">
            <h2 id="preparation">Preparation of this accessibility statement</h2>
            <p>
              This statement was prepared on {STATEMENT_PREPARED}. It was last reviewed on{' '}
              {STATEMENT_REVIEWED}.
            </p>
            <p>This website was last tested on {STATEMENT_REVIEWED}.</p>
          </section>
        </>
      ),
    };
  },
};
