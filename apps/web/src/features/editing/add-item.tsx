import { Button } from '@utrecht/component-library-react';
import { useCallback, useState, type ReactNode } from 'react';
import { ItemForm, type ItemFormProps } from './item-form';
import { useReturnFocus } from './return-focus';

/**
 * "<Item> toevoegen": a button that opens the item form without an item in its place. Focus
 * goes to the form's first field, and back to the button when the form closes.
 */
export function AddItem({
  label,
  accessibleLabel,
  secondary = false,
  children,
  ...form
}: Omit<ItemFormProps, 'title' | 'item' | 'onDone' | 'onCancel'> & {
  /** The button's text and the form's name, e.g. "Signaal toevoegen". */
  label: string;
  /** A longer name for screen readers, when several such buttons are on the page. */
  accessibleLabel?: string;
  secondary?: boolean;
  /** Shown above the button while the form is closed. */
  children?: ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const { focusRef, returnFocus } = useReturnFocus();
  const close = () => {
    setAdding(false);
    returnFocus();
  };
  const focusFirstField = useCallback((section: HTMLElement | null) => {
    section?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);

  if (adding) {
    return (
      <section ref={focusFirstField} className="oogo-item" aria-label={accessibleLabel ?? label}>
        <ItemForm title={accessibleLabel ?? label} {...form} onDone={close} onCancel={close} />
      </section>
    );
  }
  return (
    <>
      {children}
      <Button
        ref={focusRef}
        appearance={secondary ? 'secondary-action-button' : 'primary-action-button'}
        aria-label={accessibleLabel}
        onClick={() => setAdding(true)}
      >
        {label}
      </Button>
    </>
  );
}
