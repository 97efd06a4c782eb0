import { Breadcrumbs } from '@peer-toolkit/ui';
import type { Assets } from './assets.js';
import type { PageResult, Section } from './page.js';

export const SITE_NAME = 'Peer Worker Toolkit';

const navigation: { href: string; label: string; section: Section }[] = [
  { href: '/topics', label: 'Toolkit topics', section: 'topics' },
  { href: '/change-model', label: 'How peer work helps', section: 'change-model' },
  { href: '/risk', label: 'Risk', section: 'risk' },
  { href: '/roles', label: 'Roles', section: 'roles' },
  { href: '/self-assessment', label: 'Self-assessment', section: 'self-assessment' },
  { href: '/search', label: 'Search', section: 'search' },
];

/** The HTML around every page: head with metadata, skip link, header, main, footer, scripts. */
export function Document({
  page,
  assets,
  canonicalUrl,
}: {
  page: PageResult;
  assets: Assets;
  canonicalUrl: string;
}) {
  const title = page.section === 'home' ? SITE_NAME : `${page.title} – ${SITE_NAME}`;
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={page.description} />
        <link rel="canonical" href={canonicalUrl} />
        {page.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:title" content={page.title} />
        <meta property="og:description" content={page.description} />
        <meta property="og:url" content={canonicalUrl} />
        <meta property="og:locale" content="en_GB" />
        <meta name="theme-color" content="#00535c" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={assets.stylesheet} />
      </head>
      <body>
        <a href="#main-content" className="ptk-skip-link">
          Skip to main content
        </a>
        <header className="ptk-header">
          <div className="ptk-width ptk-header__inner">
            <a href="/" className="ptk-header__name">
              {SITE_NAME}
            </a>
            <nav className="ptk-nav" aria-label="Main">
              <ul>
                {navigation.map((item) => (
                  <li key={item.href}>
                    <a
                      href={item.href}
                      aria-current={page.section === item.section ? 'page' : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <div className="ptk-width">
          {page.breadcrumbs && page.breadcrumbs.length > 0 ? (
            <Breadcrumbs items={page.breadcrumbs} />
          ) : null}
          <main id="main-content" className="ptk-main" tabIndex={-1}>
            {page.body}
          </main>
        </div>
        <footer className="ptk-footer">
          <div className="ptk-width">
            <h2 className="ptk-visually-hidden">About this site</h2>
            <ul>
              <li>
                <a href="/research">The research behind the toolkit</a>
              </li>
              <li>
                <a href="/research/publications">Publications</a>
              </li>
              <li>
                <a href="/principles">Principles of peer support</a>
              </li>
              <li>
                <a href="/shared-expectations">Shared expectations exercise</a>
              </li>
              <li>
                <a href="/accessibility">Accessibility</a>
              </li>
            </ul>
            <p className="ptk-secondary">
              Guidance drawn from research on peer worker roles in mental health services in
              England. Each claim shows its evidence and how strong it is. The content is free to
              use and reproduce.
            </p>
          </div>
        </footer>
        {(page.scripts ?? []).map((name) => (
          <script key={name} type="module" src={assets.script(name)} />
        ))}
      </body>
    </html>
  );
}
