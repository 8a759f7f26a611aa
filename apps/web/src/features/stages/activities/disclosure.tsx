import { useState, type ReactNode } from 'react';

/**
 * A part of an activity card that opens and closes (native details/summary: keyboard and
 * screen readers know it). Its content is only rendered while open: a plan has many
 * activities, each with fourteen points, and the page stays light.
 */
export function Disclosure({
  summary,
  defaultOpen = false,
  children,
}: {
  summary: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      className="oogo-points"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
