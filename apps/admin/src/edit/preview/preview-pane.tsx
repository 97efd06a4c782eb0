import {
  type ContentTypeKey,
  contentTypes,
  formatShortCitation,
  type OrganisationalContext,
  type PeerWorkerRole,
  type PrincipleSet,
  type Publication,
  type RelatedContent,
  type RiskArea,
  type ToolkitTopic,
} from '@peer-toolkit/core';
import {
  ContentProvider,
  ContextView,
  InsetText,
  Markdown,
  PrincipleSetView,
  PublicationCitation,
  RiskAreaView,
  RoleView,
  TopicView,
} from '@peer-toolkit/ui';
import { Component, type MouseEvent, type ReactNode } from 'react';
import { emptyObject, type ObjectSpec, prepareForSave } from '../../forms/index.js';
import { GenericPreview } from './generic-preview.js';
import { usePreviewData } from './preview-data.js';

type Item = Record<string, unknown>;

/** A publication as the site's publications page lists it. */
function PublicationPreview({ publication }: { publication: Publication }) {
  return (
    <ol className="ptk-publication-list">
      <li className="ptk-publication">
        <h3>{formatShortCitation(publication)}</h3>
        <p className="ptk-publication__reference">
          <PublicationCitation publication={publication} />
        </p>
        <Markdown source={publication.summary} className="ptk-publication__summary" />
      </li>
    </ol>
  );
}

/** The site's own view of the type, where it has one; a plain readable rendering otherwise. */
function SiteView({
  typeKey,
  item,
  related,
  spec,
}: {
  typeKey: ContentTypeKey;
  item: Item;
  related: RelatedContent;
  spec: ObjectSpec;
}) {
  switch (typeKey) {
    case 'topics':
      return <TopicView topic={item as ToolkitTopic} related={related} />;
    case 'riskAreas':
      return <RiskAreaView riskArea={item as RiskArea} related={related} />;
    case 'roles':
      return <RoleView role={item as PeerWorkerRole} related={related} />;
    case 'principleSets':
      return <PrincipleSetView set={item as PrincipleSet} />;
    case 'contexts':
      return <ContextView context={item as OrganisationalContext} />;
    case 'publications':
      return <PublicationPreview publication={item as Publication} />;
    default: {
      const { titleField, orderField } = contentTypes[typeKey] as {
        titleField: string;
        orderField?: string;
      };
      return (
        <GenericPreview
          spec={spec}
          value={item}
          titleField={titleField}
          hidden={orderField ? [orderField] : []}
        />
      );
    }
  }
}

/** A half-written item can trip a view up; the rest of the screen must not go with it. */
class PreviewBoundary extends Component<
  { value: unknown; children: ReactNode },
  { hasFailed: boolean }
> {
  override state = { hasFailed: false };
  static getDerivedStateFromError() {
    return { hasFailed: true };
  }
  // The next change of the value is worth another try.
  override componentDidUpdate(previous: { value: unknown }) {
    if (this.state.hasFailed && previous.value !== this.props.value) {
      this.setState({ hasFailed: false });
    }
  }
  override render() {
    if (this.state.hasFailed) {
      return (
        <InsetText>
          The preview cannot show this yet. Fill in the fields marked as problems, then look again.
        </InsetText>
      );
    }
    return this.props.children;
  }
}

// Links in the preview lead to the public site's addresses, which this admin does not serve.
function keepLinksInPlace(event: MouseEvent<HTMLDivElement>) {
  const link = (event.target as HTMLElement).closest('a');
  if (link && !link.getAttribute('href')?.startsWith('#')) event.preventDefault();
}

/**
 * The form's current value rendered with the site's own views and stylesheet, inside the same
 * content context the site uses, so the editor sees the page as the public will.
 */
export function PreviewPane({
  typeKey,
  id,
  value,
  spec,
  problemCount,
}: {
  typeKey: ContentTypeKey;
  id: string | undefined;
  value: Item;
  spec: ObjectSpec;
  problemCount: number;
}) {
  const type = contentTypes[typeKey];
  const prepared = prepareForSave(spec, value) as Item;
  const parsed = type.schema.safeParse(prepared);
  const item: Item = parsed.success ? parsed.data : { ...emptyObject(spec), ...prepared };
  const data = usePreviewData({ typeKey, id, value: item });

  return (
    <section className="admin-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading" className="ptk-visually-hidden">
        Preview
      </h2>
      <p className="admin-preview__note">
        How this {type.label.singular.toLowerCase()} will look on the public site, with what is in
        the form now. Links are not followed in the preview.
      </p>
      {problemCount > 0 ? (
        <InsetText>
          {problemCount === 1 ? 'One field needs' : `${problemCount} fields need`} attention before
          this can be saved. The preview shows what is there so far.
        </InsetText>
      ) : null}
      {data.failed ? (
        <p className="ptk-hint">
          Some linked content could not be loaded, so citations or links may be missing here.
        </p>
      ) : null}
      {data.content ? (
        <ContentProvider value={data.content}>
          <div className="admin-preview__page" onClickCapture={keepLinksInPlace}>
            <PreviewBoundary value={value}>
              <SiteView typeKey={typeKey} item={item} related={data.related} spec={spec} />
            </PreviewBoundary>
          </div>
        </ContentProvider>
      ) : (
        <p role="status">Loading the preview…</p>
      )}
    </section>
  );
}
