import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side page change, focus moves to the main content (as after a full page
 * load), so keyboard and screen reader users start at the new page, not at the old link.
 * Changes of the #hash only scroll; the first render keeps the browser's own focus.
 */
export function useFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}
