import { useEffect, useRef } from 'react';
import { formatTime } from '../pages/format-time.js';
import type { RestoreOffer } from './use-item-editor.js';

/**
 * Unsaved changes from an earlier visit, offered back before the form opens, so typing cannot
 * overwrite them before the editor has chosen.
 */
export function RestoreOfferPanel({
  offer,
  onRestore,
  onDiscard,
}: {
  offer: RestoreOffer;
  onRestore(): void;
  onDiscard(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="admin-restore" aria-labelledby="restore-title">
      <h2 id="restore-title" ref={heading} tabIndex={-1}>
        You have unsaved changes
      </h2>
      <p>
        Changes you made on{' '}
        <time dateTime={offer.draft.savedAt}>{formatTime(offer.draft.savedAt)}</time> were not
        saved. They are kept on this computer.
      </p>
      {offer.isFromOlderRevision ? (
        <p>
          Someone has saved a newer version since you made them. If you restore them, saving will
          show both versions side by side so you can choose what to keep.
        </p>
      ) : !offer.isNewerThanServer ? (
        <p>The saved version was changed after these edits were made.</p>
      ) : null}
      <div className="ptk-button-group">
        <button type="button" className="ptk-button" onClick={onRestore}>
          Restore your unsaved changes
        </button>
        <button type="button" className="ptk-button ptk-button--secondary" onClick={onDiscard}>
          Discard
          <span className="ptk-visually-hidden">
            {' '}
            your unsaved changes and use the saved version
          </span>
        </button>
      </div>
    </section>
  );
}
