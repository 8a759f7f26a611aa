import { useCallback, useState } from 'react';

/**
 * After a form closes, focus goes back to the button that opened it, so keyboard and screen
 * reader users continue where they were. Put `focusRef` on the button; call `returnFocus()`
 * when closing the form.
 */
export function useReturnFocus() {
  const [active, setActive] = useState(false);
  const focusRef = useCallback(
    (element: HTMLElement | null) => {
      if (element && active) element.focus();
    },
    [active],
  );
  const returnFocus = useCallback(() => setActive(true), []);
  return { focusRef, returnFocus };
}
