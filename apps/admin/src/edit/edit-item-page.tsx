import { type ContentTypeKey, findContentTypeByPath } from '@peer-toolkit/core';
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import {
  FormErrorSummary,
  focusField,
  focusSummary,
  ReferenceOptionsProvider,
  SchemaForm,
  summaryItems,
} from '../forms/index.js';
import { authorLabel } from '../history/author-label.js';
import { ConflictResolver } from '../history/conflict-resolver.js';
import { formatTime } from '../pages/format-time.js';
import { StatusTag } from '../pages/status-tag.js';
import { ItemActions } from './item-actions.js';
import { PreviewPane } from './preview/preview-pane.js';
import { RestoreOfferPanel } from './restore-offer.js';
import { type EditorMessage, useItemEditor } from './use-item-editor.js';

const FORM_ID = 'item-form';
const LOCKED_ID: ReadonlySet<string> = new Set(['field-id']);
const NOTHING_LOCKED: ReadonlySet<string> = new Set();

/** Success and progress are announced politely; failures at once. Both stay on screen. */
function MessageBanner({ message }: { message: EditorMessage | undefined }) {
  return (
    <>
      <div role="status" className="admin-message-region">
        {message && message.tone !== 'error' ? (
          <p className={`admin-banner admin-banner--${message.tone}`}>{message.text}</p>
        ) : null}
      </div>
      <div role="alert" className="admin-message-region">
        {message?.tone === 'error' ? (
          <p className="admin-banner admin-banner--error">{message.text}</p>
        ) : null}
      </div>
    </>
  );
}

type Tab = 'edit' | 'preview';
const tabs: { tab: Tab; label: string }[] = [
  { tab: 'edit', label: 'Edit' },
  { tab: 'preview', label: 'Preview' },
];

function Tabs({ current, onChange }: { current: Tab; onChange(tab: Tab): void }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = current === 'edit' ? 'preview' : 'edit';
    const target = event.key === 'Home' ? 'edit' : event.key === 'End' ? 'preview' : next;
    onChange(target);
    document.getElementById(`tab-${target}`)?.focus();
  };
  return (
    <div className="admin-tabs" role="tablist" aria-label="Edit or preview" onKeyDown={onKeyDown}>
      {tabs.map(({ tab, label }) => (
        <button
          key={tab}
          id={`tab-${tab}`}
          type="button"
          role="tab"
          className="admin-tabs__tab"
          aria-selected={current === tab}
          aria-controls={`panel-${tab}`}
          tabIndex={current === tab ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

function ItemEditor({ typeKey, id }: { typeKey: ContentTypeKey; id: string | undefined }) {
  const editor = useItemEditor({ typeKey, id });
  const { type, item, value, validation, isNew } = editor;
  const [tab, setTab] = useState<Tab>('edit');
  const summaryRef = useRef<HTMLDivElement>(null);

  // Move to the summary when a save or an action is refused, so it is read out first. A layout
  // effect runs as the summary appears, before anyone can click: a later focus (an effect or a
  // timer) could take focus back from a field the person had already moved to from it.
  useLayoutEffect(() => {
    if (editor.summaryRequest === 0) return;
    setTab('edit');
    focusSummary(summaryRef.current);
  }, [editor.summaryRequest]);

  // Arriving from another item's list of problems: move to the field named in the address.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || editor.load !== 'ready' || editor.offer) return;
    arrived.current = true;
    const hash = window.location.hash.slice(1);
    if (hash.startsWith('field-')) setTimeout(() => focusField(hash), 0);
  }, [editor.load, editor.offer]);

  if (editor.load === 'loading') return <p role="status">Loading…</p>;
  if (editor.load === 'missing' || editor.load === 'failed' || !value) {
    return (
      <>
        <h1>
          {editor.load === 'missing' ? 'This item does not exist' : 'This item could not be loaded'}
        </h1>
        <p>
          {editor.load === 'missing'
            ? `There is no ${type.label.singular.toLowerCase()} “${id}”. It may have been given another id.`
            : 'Try again in a moment. If it keeps happening, tell an admin.'}
        </p>
        <p>
          <Link href={`/content/${type.path}`}>Back to {type.label.plural.toLowerCase()}</Link>
        </p>
      </>
    );
  }

  const title =
    (typeof value[type.titleField] === 'string' && (value[type.titleField] as string).trim()) ||
    item?.title ||
    `New ${type.label.singular.toLowerCase()}`;
  const summaryErrors = editor.refusal
    ? editor.refusal.errors
    : summaryItems(editor.spec, validation.summary);
  const isReadOnly = item?.deleted === true;

  return (
    <>
      <p className="admin-back">
        <Link href={`/content/${type.path}`}>Back to {type.label.plural.toLowerCase()}</Link>
      </p>
      <span className="ptk-caption">
        {isNew ? 'Add' : 'Edit'} {type.label.singular.toLowerCase()}
      </span>
      <h1 className="admin-item-title">{title}</h1>
      {item ? (
        <div className="admin-item-meta">
          <StatusTag status={item.status} deleted={item.deleted} />
          <span>
            Revision {item.current.number}, last changed by {authorLabel(item.current)} on{' '}
            <time dateTime={item.updatedAt}>{formatTime(item.updatedAt)}</time>
            {item.published && item.published.number !== item.current.number
              ? `. The public site shows revision ${item.published.number}.`
              : '.'}
          </span>
          <Link href={`/content/${type.path}/${encodeURIComponent(item.id)}/history`}>
            History<span className="ptk-visually-hidden"> of this item</span>
          </Link>
        </div>
      ) : null}

      <MessageBanner message={editor.message} />
      {editor.conflict ? null : (
        <FormErrorSummary
          ref={summaryRef}
          errors={summaryErrors}
          {...(editor.refusal ? { title: editor.refusal.title } : {})}
          beforeFocus={() => setTab('edit')}
          onNavigate={(href) =>
            editor.navigate(href.startsWith(editor.base) ? href.slice(editor.base.length) : href)
          }
        />
      )}

      {editor.offer ? (
        <RestoreOfferPanel
          offer={editor.offer}
          onRestore={editor.restoreLocal}
          onDiscard={editor.discardLocal}
        />
      ) : editor.conflict ? (
        <ConflictResolver
          schema={type.schema}
          mine={value}
          theirs={editor.conflict}
          onResolve={editor.resolveConflict}
          onCancel={editor.cancelConflict}
        />
      ) : (
        <div className="admin-editor">
          <div className="admin-editor__main">
            {isReadOnly ? (
              <p className="admin-banner admin-banner--info">
                This item is deleted, so it cannot be changed.{' '}
                {editor.actions.includes('restore')
                  ? 'Restore it to edit it again.'
                  : 'Ask a publisher to restore it.'}
              </p>
            ) : null}
            {isNew ? (
              <p className="ptk-hint">
                The identifier and web address name fill in from the title as you type it. Change
                them if you need to before the first save: the identifier cannot change after.
              </p>
            ) : null}
            <Tabs current={tab} onChange={setTab} />
            <div
              id="panel-edit"
              role="tabpanel"
              aria-labelledby="tab-edit"
              hidden={tab !== 'edit'}
              className="admin-tabpanel"
            >
              <SchemaForm
                id={FORM_ID}
                spec={editor.spec}
                value={value}
                onChange={editor.setValue}
                errors={validation.visible}
                onTouch={validation.touch}
                lockedIds={isNew ? NOTHING_LOCKED : LOCKED_ID}
                readOnly={isReadOnly}
                onSubmit={() => editor.actions.includes('save') && void editor.run('save')}
              />
            </div>
            {tab === 'preview' ? (
              <div
                id="panel-preview"
                role="tabpanel"
                aria-labelledby="tab-preview"
                className="admin-tabpanel"
              >
                <PreviewPane
                  typeKey={typeKey}
                  id={item?.id}
                  value={value}
                  spec={editor.spec}
                  problemCount={validation.issues.length}
                />
              </div>
            ) : null}
          </div>
          <aside className="admin-editor__side" aria-labelledby="actions-title">
            <h2 id="actions-title" className="admin-editor__side-title">
              Actions
            </h2>
            <p className="admin-unsaved" aria-live="polite">
              {editor.isDirty
                ? 'You have unsaved changes. They are kept on this computer until you save.'
                : isNew
                  ? 'Nothing saved yet.'
                  : 'No unsaved changes.'}
            </p>
            {editor.actions.length === 0 ? (
              <p>Your role cannot change this item.</p>
            ) : (
              <ItemActions
                actions={editor.actions}
                busy={editor.busy}
                isDirty={editor.isDirty}
                isNew={isNew}
                title={title}
                confirmingDelete={editor.confirmingDelete}
                onAction={(action) => void editor.run(action)}
                onConfirmDelete={(confirmed) =>
                  confirmed ? void editor.run('delete') : editor.cancelDelete()
                }
              />
            )}
          </aside>
        </div>
      )}
    </>
  );
}

/** /content/:type/:id and /content/:type/new: the editing screen of one item. */
export function EditItemPage({ typePath, id }: { typePath: string; id: string | undefined }) {
  const typeKey = findContentTypeByPath(typePath);
  if (!typeKey) return <h1>There is no such content type</h1>;
  return (
    <ReferenceOptionsProvider>
      <ItemEditor key={`${typePath}/${id ?? 'new'}`} typeKey={typeKey} id={id} />
    </ReferenceOptionsProvider>
  );
}

export function NewItemRoute({ params }: { params: Record<string, string | undefined> }) {
  return <EditItemPage typePath={params.type ?? ''} id={undefined} />;
}

export function EditItemRoute({ params }: { params: Record<string, string | undefined> }) {
  return <EditItemPage typePath={params.type ?? ''} id={params.id} />;
}
