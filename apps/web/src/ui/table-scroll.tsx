import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen instead of the page (WCAG 1.4.10); the
 * scroll area is focusable and named, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll area must be reachable by keyboard
    <div className="oogo-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
