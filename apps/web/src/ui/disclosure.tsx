import { useState, type ReactNode } from 'react';

/**
 * A fold (`<details>`) whose content is only rendered while open: long lists (a party's
 * answers, twenty measurements) cost nothing until someone opens them.
 */
export function Disclosure({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
