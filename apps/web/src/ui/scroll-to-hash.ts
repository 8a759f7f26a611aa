import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A link to `…#item-<id>` (from the kompas, say) lands before the page's data does, so the
 * browser finds nothing to scroll to. Once `ready`, this scrolls to the item and focuses it,
 * once per hash.
 */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    done.current = hash;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus?.({ preventScroll: true });
  }, [ready, hash]);
}
