import { Markdown } from '@peer-toolkit/ui';
import { type KeyboardEvent, useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import { describedBy, FieldGroup } from './field-group.js';
import { useForm } from './form-context.js';
import { fieldId } from './form-value.js';
import { insertLink, type TextEdit, toggleBullets, toggleWrap } from './markdown-editing.js';
import type { FieldProps } from './simple-fields.js';

type Action = 'bold' | 'italic' | 'link' | 'bullets';

const WIDE_SCREEN = '(min-width: 80em)';

const actions: { action: Action; label: string; shortcut?: string }[] = [
  { action: 'bold', label: 'Bold', shortcut: 'Control+B' },
  { action: 'italic', label: 'Italic', shortcut: 'Control+I' },
  { action: 'link', label: 'Link', shortcut: 'Control+K' },
  { action: 'bullets', label: 'Bulleted list' },
];

function apply(action: Action, text: string, start: number, end: number): TextEdit {
  switch (action) {
    case 'bold':
      return toggleWrap(text, start, end, '**', 'bold text');
    case 'italic':
      return toggleWrap(text, start, end, '_', 'italic text');
    case 'link':
      return insertLink(text, start, end);
    case 'bullets':
      return toggleBullets(text, start, end);
  }
}

/**
 * Markdown with a small toolbar that edits the selection, and a live preview rendered by the
 * site's own renderer, so what the editor sees is what the public will see.
 */
export function MarkdownField({ spec, path, value, label }: FieldProps<'markdown'>) {
  const form = useForm();
  const id = fieldId(path);
  const error = form.errorFor(id);
  const locked = form.readOnly || form.lockedIds.has(id);
  const text = typeof value === 'string' ? value : '';
  const area = useRef<HTMLTextAreaElement>(null);
  const selectAfter = useRef<TextEdit | null>(null);
  const [activeTool, setActiveTool] = useState(0);
  // Beside the text on wide screens; on narrow ones it would double the form's length, so it
  // waits to be asked for.
  const [isPreviewShown, setPreviewShown] = useState(
    () => globalThis.matchMedia?.(WIDE_SCREEN).matches ?? true,
  );
  const preview = useDeferredValue(text);

  // After a toolbar action the new text is rendered first, then the selection is put back.
  useLayoutEffect(() => {
    const pending = selectAfter.current;
    if (!pending || !area.current) return;
    selectAfter.current = null;
    area.current.focus();
    area.current.setSelectionRange(pending.start, pending.end);
  });

  const run = (action: Action) => {
    const element = area.current;
    if (!element || locked) return;
    const edit = apply(action, element.value, element.selectionStart, element.selectionEnd);
    selectAfter.current = edit;
    form.update(path, () => edit.text);
  };

  const onAreaKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const action = ({ b: 'bold', i: 'italic', k: 'link' } as const)[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    run(action);
  };

  // One tab stop for the toolbar; arrow keys move between its buttons (WAI-ARIA toolbar).
  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = actions.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: activeTool === last ? 0 : activeTool + 1,
      ArrowLeft: activeTool === 0 ? last : activeTool - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setActiveTool(next);
    event.currentTarget.querySelectorAll('button')[next]?.focus();
  };

  // Roughly the lines the text wraps to in the editor's column, so most of it shows at once.
  const lines = text.split('\n').length + Math.floor(text.length / 50);
  const count =
    spec.maxLength === undefined ? undefined : `${text.length} of ${spec.maxLength} characters`;

  return (
    <FieldGroup id={id} spec={spec} label={label} error={error}>
      <div className={`admin-markdown${isPreviewShown ? ' admin-markdown--with-preview' : ''}`}>
        <div className="admin-markdown__editor">
          <div
            className="admin-toolbar"
            role="toolbar"
            aria-label={`Formatting for ${label ?? spec.title}`}
            aria-controls={id}
            onKeyDown={onToolbarKeyDown}
          >
            {actions.map((tool, index) => (
              <button
                key={tool.action}
                type="button"
                className={`admin-toolbar__button admin-toolbar__button--${tool.action}`}
                tabIndex={index === activeTool ? 0 : -1}
                disabled={locked}
                aria-keyshortcuts={tool.shortcut}
                // Keep the selection: pressing a button must not move it before the action runs.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setActiveTool(index);
                  run(tool.action);
                }}
              >
                {tool.label}
              </button>
            ))}
          </div>
          <textarea
            ref={area}
            className={`ptk-textarea admin-markdown__input${error ? ' ptk-input--error' : ''}`}
            id={id}
            name={id}
            rows={Math.min(18, Math.max(4, lines + 1))}
            value={text}
            readOnly={locked}
            aria-invalid={error ? true : undefined}
            aria-describedby={
              [describedBy(id, spec, error), `${id}-format`, count ? `${id}-count` : '']
                .filter(Boolean)
                .join(' ') || undefined
            }
            onChange={(event) => form.update(path, () => event.target.value)}
            onKeyDown={onAreaKeyDown}
            onBlur={() => form.touch(id)}
          />
          <span className="admin-markdown__meta">
            <span id={`${id}-format`}>Written in Markdown.</span>
            {count ? <span id={`${id}-count`}> {count}.</span> : null}{' '}
            <button
              type="button"
              className="admin-link-like"
              aria-expanded={isPreviewShown}
              aria-controls={`${id}-preview`}
              onClick={() => setPreviewShown((shown) => !shown)}
            >
              {isPreviewShown ? 'Hide preview' : 'Show preview'}
            </button>
          </span>
        </div>
        <div className="admin-markdown__preview" id={`${id}-preview`} hidden={!isPreviewShown}>
          <p className="admin-markdown__preview-title">Preview</p>
          {!isPreviewShown ? null : preview.trim() ? (
            <Markdown source={preview} />
          ) : (
            <p className="ptk-secondary">Nothing to preview yet.</p>
          )}
        </div>
      </div>
    </FieldGroup>
  );
}
