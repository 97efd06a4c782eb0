import { doiUrl, type Publication } from '@peer-toolkit/core';

function volumeIssuePages(publication: Publication): string {
  const parts: string[] = [];
  if (publication.volume)
    parts.push(
      publication.issue ? `${publication.volume}(${publication.issue})` : publication.volume,
    );
  if (publication.pages) {
    const range = publication.pages.end
      ? `${publication.pages.start}–${publication.pages.end}`
      : publication.pages.start;
    parts.push(range);
  } else if (publication.articleNumber) {
    parts.push(publication.articleNumber);
  }
  return parts.join(':');
}

/** A full reference in the Vancouver-like style the research papers use. */
export function PublicationCitation({ publication }: { publication: Publication }) {
  const details = volumeIssuePages(publication);
  return (
    <>
      {publication.authors.join(', ')} ({publication.year ?? 'n.d.'}).{' '}
      <cite>{publication.title}</cite>. {publication.venue}
      {details ? ` ${details}` : ''}.
      {publication.doi ? (
        <>
          {' '}
          <a href={doiUrl(publication.doi)}>doi:{publication.doi}</a>
        </>
      ) : null}
    </>
  );
}

/** The publications a page cites, in a list with anchors other pages link to. */
export function ReferenceList({ publications }: { publications: readonly Publication[] }) {
  if (publications.length === 0) return null;
  return (
    <ol className="ptk-references">
      {publications.map((publication) => (
        <li key={publication.id} id={publication.slug}>
          <PublicationCitation publication={publication} />
        </li>
      ))}
    </ol>
  );
}
