import { BadgeCounter } from '@utrecht/component-library-react';
import './unread-badge.css';

/**
 * A count in a badge with its meaning in words for a screen reader ("3 ongelezen reacties");
 * the number is visible too, so the colour only repeats it.
 */
export function UnreadBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  // The outer span takes a link's underline (in a flex row it is a block); the badge inside,
  // an inline block, does not.
  return (
    <span className="oogo-unread">
      <BadgeCounter className="oogo-unread__badge">
        <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
        <span className="oogo-visually-hidden">, {label}</span>
      </BadgeCounter>
    </span>
  );
}
