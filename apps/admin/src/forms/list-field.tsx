import { useEffect, useRef, useState } from 'react';
import { FieldsetGroup } from './field-group.js';
import { useForm } from './form-context.js';
import { emptyValue, fieldId } from './form-value.js';
import { Field, ObjectFields } from './schema-fields.js';
import { describeLocation } from './schema-spec.js';
import type { FieldProps } from './simple-fields.js';

function withArticle(noun: string): string {
  const lower = /^[A-Z][a-z]/.test(noun) ? noun.charAt(0).toLowerCase() + noun.slice(1) : noun;
  return `${/^[aeiou]/i.test(lower) ? 'an' : 'a'} ${lower}`;
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry as T);
  return next;
}

/** Stable React keys for a list's entries, moved along with them. */
function useEntryKeys(length: number) {
  const counter = useRef(0);
  const keys = useRef<number[]>([]);
  while (keys.current.length < length) keys.current.push(counter.current++);
  if (keys.current.length > length) keys.current.length = length;
  return { keys: keys.current, newKey: () => counter.current++ };
}

interface Removed {
  index: number;
  value: unknown;
  name: string;
}

/**
 * A list of anything the schema allows: add, remove (with undo) and move entries up and down
 * with buttons, so the order can be changed with the keyboard alone. Focus follows the entry
 * that moved, and each change is announced.
 */
export function ListField({ spec, path, value, label }: FieldProps<'list'>) {
  const form = useForm();
  const id = fieldId(path);
  const error = form.errorFor(id);
  const locked = form.readOnly || form.lockedIds.has(id);
  const entries = Array.isArray(value) ? (value as unknown[]) : [];
  const { keys, newKey } = useEntryKeys(entries.length);
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<Removed | undefined>();
  const focusNext = useRef<string[] | undefined>(undefined);
  const noun = spec.itemNoun;
  const lowerNoun = noun.charAt(0).toLowerCase() + noun.slice(1);
  const nameOf = (index: number) => `${noun} ${index + 1}`;
  // Buttons of nested lists say which list they belong to: "Remove: Source 1 in Finding 1, Evidence".
  const where = path.length > 1 ? ` in ${describeLocation(form.root, path, ', ')}` : '';
  const addLabel = `Add ${entries.length === 0 ? withArticle(noun) : `another ${lowerNoun}`}`;
  const buttonName = (action: string, index: number) => `${action}: ${nameOf(index)}${where}`;
  const isObject = spec.item.kind === 'object';
  // The list's hint already says what each plain entry is.
  const { description: _saidOnce, ...entryWithoutHint } = spec.item;
  const canAdd = spec.maxItems === undefined || entries.length < spec.maxItems;

  // Runs after the change is on screen: focus the first of the candidates that exists.
  useEffect(() => {
    const candidates = focusNext.current;
    if (!candidates) return;
    focusNext.current = undefined;
    for (const candidate of candidates) {
      const element = document.getElementById(candidate);
      if (!element) continue;
      const target = candidate.endsWith('-entry')
        ? (element.querySelector<HTMLElement>('input, textarea, select') ?? element)
        : element;
      target.focus();
      return;
    }
  });

  const entryId = (index: number) => `${fieldId([...path, index])}-entry`;
  const buttonId = (index: number, action: string) => `${fieldId([...path, index])}-${action}`;

  const move = (from: number, to: number) => {
    const [key] = keys.splice(from, 1);
    keys.splice(to, 0, key as number);
    form.update(path, (previous) => moved(Array.isArray(previous) ? previous : [], from, to));
    form.touch(id);
    setRemoved(undefined);
    const direction = to < from ? 'up' : 'down';
    const other = direction === 'up' ? 'down' : 'up';
    focusNext.current = [buttonId(to, direction), buttonId(to, other), entryId(to)];
    setAnnouncement(
      `${nameOf(from)} moved ${direction}. It is now ${lowerNoun} ${to + 1} of ${entries.length}.`,
    );
  };

  const remove = (index: number) => {
    keys.splice(index, 1);
    setRemoved({ index, value: entries[index], name: nameOf(index) });
    form.update(path, (previous) =>
      (Array.isArray(previous) ? previous : []).filter((_, at) => at !== index),
    );
    form.touch(id);
    focusNext.current = [`${id}-undo`];
    setAnnouncement('');
  };

  const undo = () => {
    if (!removed) return;
    const { index, value: entry, name } = removed;
    keys.splice(index, 0, newKey());
    form.update(path, (previous) => {
      const list = Array.isArray(previous) ? [...previous] : [];
      list.splice(Math.min(index, list.length), 0, entry);
      return list;
    });
    setRemoved(undefined);
    focusNext.current = [entryId(index), fieldId([...path, index])];
    setAnnouncement(`${name} is back.`);
  };

  const add = () => {
    const index = entries.length;
    keys.push(newKey());
    form.update(path, (previous) => [
      ...(Array.isArray(previous) ? previous : []),
      emptyValue({ ...spec.item, optional: false }),
    ]);
    setRemoved(undefined);
    focusNext.current = [entryId(index), fieldId([...path, index])];
    setAnnouncement(`${nameOf(index)} added.`);
  };

  return (
    <FieldsetGroup
      id={id}
      spec={spec}
      legend={label}
      error={error}
      className={`admin-list${spec.evidence ? ' admin-list--evidence' : ''}`}
      focusable
    >
      {entries.length === 0 ? <p className="admin-list__empty">None yet.</p> : null}
      <ol className="admin-list__entries">
        {entries.map((entry, index) => {
          const entryPath = [...path, index];
          const controls = locked ? null : (
            <div className="admin-list__controls">
              {index > 0 ? (
                <button
                  type="button"
                  id={buttonId(index, 'up')}
                  className="admin-small-button"
                  aria-label={buttonName('Move up', index)}
                  onClick={() => move(index, index - 1)}
                >
                  Move up
                </button>
              ) : null}
              {index < entries.length - 1 ? (
                <button
                  type="button"
                  id={buttonId(index, 'down')}
                  className="admin-small-button"
                  aria-label={buttonName('Move down', index)}
                  onClick={() => move(index, index + 1)}
                >
                  Move down
                </button>
              ) : null}
              <button
                type="button"
                id={buttonId(index, 'remove')}
                className="admin-small-button admin-small-button--warning"
                aria-label={buttonName('Remove', index)}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </div>
          );
          return (
            <li key={keys[index]} className="admin-list__entry">
              {isObject && spec.item.kind === 'object' ? (
                <fieldset
                  className="ptk-fieldset admin-list__fieldset"
                  id={entryId(index)}
                  tabIndex={-1}
                >
                  <legend className="ptk-fieldset__legend admin-list__legend">
                    {nameOf(index)}
                  </legend>
                  {/* At the top, beside the legend, so they plainly belong to this entry. */}
                  {controls}
                  <div id={fieldId(entryPath)} tabIndex={-1} className="admin-list__body">
                    <ObjectFields spec={spec.item} path={entryPath} value={entry} />
                  </div>
                </fieldset>
              ) : (
                <div className="admin-list__scalar" id={entryId(index)}>
                  <Field
                    spec={entryWithoutHint}
                    path={entryPath}
                    value={entry}
                    label={nameOf(index)}
                  />
                  {controls}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="admin-list__footer">
        {removed ? (
          <p className="admin-list__removed">
            {removed.name} removed.{' '}
            <button
              type="button"
              id={`${id}-undo`}
              className="admin-small-button"
              aria-label={`Undo: put ${removed.name} back${where}`}
              onClick={undo}
            >
              Undo
            </button>
          </p>
        ) : null}
        {!locked && canAdd ? (
          <button
            type="button"
            className="ptk-button ptk-button--secondary admin-list__add"
            aria-label={where ? `${addLabel}${where}` : undefined}
            onClick={add}
          >
            {addLabel}
          </button>
        ) : null}
        {!canAdd ? (
          <p className="ptk-hint">This list is full: it can have up to {spec.maxItems} entries.</p>
        ) : null}
        <p className="ptk-visually-hidden" role="status">
          {removed ? `${removed.name} removed.` : announcement}
        </p>
      </div>
    </FieldsetGroup>
  );
}
