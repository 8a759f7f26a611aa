import { BadgeCounter } from '@utrecht/component-library-react';
import './unread-badge.css';

/**
 * A count in a badge with its meaning in words for a screen reader ("3 ongelezen reacties");
 * the number is visible too, so the colour only repeats it.
 */
export function UnreadBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <BadgeCounter className="oogo-unread-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="oogo-visually-hidden">, {label}</span>
    </BadgeCounter>
  );
}
