import type { Stage } from '@oogo/shared-domain';
import { Button } from '@utrecht/component-library-react';
import { useCallback, useState, type ReactNode } from 'react';
import { usePlanAccess } from '../plan/plan-context';
import { EditableCard } from './editable-card';
import type { FieldSpec, FormRule } from './field-spec';
import { ItemForm, type EditableItem } from './item-form';
import { useReturnFocus } from './return-focus';
import type { FieldValue } from './three-way-merge';

/** What an update mutation gets: the item, the version the user saw, and the changed fields. */
export type ItemChange = { id: string; version: number } & Record<string, FieldValue>;

interface FormProps {
  stage: Stage;
  fields: readonly FieldSpec[];
  rules?: readonly FormRule[];
  /**
   * The organisation the item belongs to (an activity's uitvoerder): a contributor may edit
   * only its own. Without it, only editors and coordinators may.
   */
  owner?: string | null;
}

/**
 * One stored plan item: its view in an EditableCard and, in its place while editing, the
 * generic ItemForm. `update` and `remove` get the mutation's input, version included.
 */
export function ItemCard({
  item,
  name,
  heading,
  formTitle,
  update,
  remove,
  deleteQuestion,
  formItem,
  children,
  owner,
  ...form
}: FormProps & {
  item: EditableItem;
  /** The item as the form sees it, when that differs (e.g. its links as a list of ids). */
  formItem?: EditableItem;
  /** What "Verwijderen" asks, when deleting takes more with it than the item's name says. */
  deleteQuestion?: string;
  /** The item's name, for "Bewerken: <name>" to a screen reader. */
  name: string;
  heading: ReactNode;
  formTitle: string;
  update: (input: ItemChange) => Promise<unknown>;
  /** Offers "Verwijderen"; leave out for items that stay (e.g. one of the seven criteria). */
  remove?: (input: { id: string; version: number }) => Promise<unknown>;
  children: ReactNode;
}) {
  const access = usePlanAccess();
  return (
    <EditableCard
      itemId={item.id}
      name={name}
      canEdit={access.canEdit(owner)}
      heading={heading}
      deleteQuestion={deleteQuestion}
      // Every plan item can be discussed: its GraphQL type names it for the comments.
      itemType={typeof item.__typename === 'string' ? item.__typename : undefined}
      onDelete={remove && (() => remove({ id: item.id, version: item.version }))}
      form={(close) => (
        <ItemForm
          {...form}
          title={formTitle}
          item={formItem ?? item}
          save={(values, version) =>
            update({ ...values, id: item.id, version: version ?? item.version })
          }
          onDone={() => close(true)}
          onCancel={() => close(false)}
        />
      )}
    >
      {children}
    </EditableCard>
  );
}

/**
 * "… toevoegen": a button that opens the same ItemForm without an item, in place. Focus goes
 * back to the button when the form closes.
 */
export function AddItem({
  label,
  accessibleLabel,
  primary = false,
  defaults,
  create,
  owner,
  children,
  ...form
}: FormProps & {
  /** Shown above the button while the form is closed (e.g. "no answer yet"). */
  children?: ReactNode;
  /** The button's text and the form's name, e.g. "Activiteit toevoegen". */
  label: string;
  /** A longer name that starts with `label`, where the page has several such buttons. */
  accessibleLabel?: string;
  /** The page's main action (a new activity) rather than a part of an item. */
  primary?: boolean;
  defaults?: Record<string, unknown>;
  create: (values: Record<string, FieldValue>) => Promise<unknown>;
}) {
  const access = usePlanAccess();
  const [adding, setAdding] = useState(false);
  const { focusRef, returnFocus } = useReturnFocus();
  // The form takes the button's place: focus goes to its first field, so keyboard users
  // carry on there.
  const focusForm = useCallback((section: HTMLElement | null) => {
    const first = section?.querySelector<HTMLElement>('input, textarea, select');
    (first ?? section)?.focus();
  }, []);
  const close = () => {
    setAdding(false);
    returnFocus();
  };
  if (!access.canEdit(owner)) return null;
  if (!adding) {
    return (
      <>
        {children}
        <Button
          ref={focusRef}
          appearance={primary ? 'primary-action-button' : 'secondary-action-button'}
          aria-label={accessibleLabel}
          onClick={() => setAdding(true)}
        >
          {label}
        </Button>
      </>
    );
  }
  return (
    <section
      ref={focusForm}
      tabIndex={-1}
      className="oogo-item oogo-item--new"
      aria-label={accessibleLabel ?? label}
    >
      <ItemForm
        {...form}
        title={accessibleLabel ?? label}
        defaults={defaults}
        save={(values) => create(values)}
        onDone={close}
        onCancel={close}
      />
    </section>
  );
}
