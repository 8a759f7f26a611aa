import type { ComponentProps } from 'react';
import { Link as RouterLink, NavLink } from 'react-router';

/** A client-side route link with the NL Design System link style. */
export function AppLink({ className, ...props }: ComponentProps<typeof RouterLink>) {
  return (
    <RouterLink className={`utrecht-link utrecht-link--html-a ${className ?? ''}`} {...props} />
  );
}

/** A navigation link that marks the current page (`aria-current="page"`) for everyone. */
export function AppNavLink({ className, ...props }: ComponentProps<typeof NavLink>) {
  return (
    <NavLink
      className={({ isActive }) =>
        `utrecht-link utrecht-link--html-a oogo-nav-link ${isActive ? 'oogo-nav-link--current' : ''} ${typeof className === 'string' ? className : ''}`
      }
      {...props}
    />
  );
}
