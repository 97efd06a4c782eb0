import { useContent } from '@peer-toolkit/ui';

/**
 * "(Gillard et al. 2014)" in running text, each name linking to the publication's entry on the
 * publications page. Publications that are not published are left out rather than linked to
 * nowhere.
 */
export function InlineCitation({ ids }: { ids: readonly string[] }) {
  const { publications, citations, linkTo } = useContent();
  const cited = ids.flatMap((id) => {
    const publication = publications.get(id);
    return publication ? [{ publication, label: citations.get(id) ?? publication.title }] : [];
  });
  if (cited.length === 0) return null;
  return (
    <>
      {' ('}
      {cited.map(({ publication, label }, index) => (
        <span key={publication.id}>
          {index > 0 ? '; ' : null}
          <a href={linkTo('publications', publication.slug)}>
            {label.replace(/\s\((.+)\)$/, ' $1')}
          </a>
        </span>
      ))}
      )
    </>
  );
}
