import { useEffect, useState } from 'react';

/**
 * Copies text to the clipboard and says so in a status message. Where the browser refuses, it
 * says how to copy by hand instead of failing silently.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | undefined>();
  useEffect(() => {
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome(undefined), 5000);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <p className="admin-copy">
      <button
        type="button"
        className="ptk-button ptk-button--secondary"
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span role="status" className="admin-copy__status">
        {outcome === 'copied'
          ? 'Copied'
          : outcome === 'failed'
            ? 'Could not copy. Select the text and copy it by hand.'
            : ''}
      </span>
    </p>
  );
}
