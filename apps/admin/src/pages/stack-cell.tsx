import type { ReactNode } from 'react';

/**
 * A table cell that carries its column's name, so on narrow screens (see .admin-stack-table in
 * accounts.css) each row can show as "label: value" lines. The wrapper keeps the value one block.
 */
export function StackCell({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <td data-label={label} className={className}>
      <div>{children}</div>
    </td>
  );
}
