import { Button } from '@utrecht/component-library-react';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemComments } from '../comments/item-comments';
import { useEditorsOf } from '../live/presence';
import { ConfirmButton } from './confirm-button';
import { useReturnFocus } from './return-focus';

/**
 * One plan item on a bouwsteen page: its view, and in its place the form while editing.
 * The `item-<id>` anchor lets other pages (kompas gaps, samenhang) link straight to it.
 */
export function EditableCard({
  itemId,
  name,
  heading,
  canEdit,
  form,
  onDelete,
  deleteQuestion,
  itemType,
  children,
}: {
  itemId: string;
  /** The item's name, for "Bewerken: <name>" to a screen reader. */
  name: string;
  heading: ReactNode;
  canEdit: boolean;
  form: (close: (saved: boolean) => void) => ReactNode;
  /** Offers "Verwijderen" with a confirmation step; leave out for items that cannot go. */
  onDelete?: () => Promise<unknown>;
  /** The confirmation question, when deleting takes more with it (e.g. an indicator's figures). */
  deleteQuestion?: string;
  /** The item's GraphQL type (e.g. Activity): with it, the card offers the item's comments. */
  itemType?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  // After the form closes, focus goes back to the edit button.
  const { focusRef, returnFocus } = useReturnFocus();
  const editors = useEditorsOf(itemId);
  const close = useCallback(
    (wasSaved: boolean) => {
      setEditing(false);
      setSaved(wasSaved);
      returnFocus();
    },
    [returnFocus],
  );
  return (
    <article id={`item-${itemId}`} className="oogo-item" tabIndex={-1}>
      <div className="oogo-item__header">
        {heading}
        {editors.length > 0 && (
          <p className="oogo-editing-hint">
            {t('editing.alsoEditing', {
              names: [...new Set(editors.map((person) => person.displayName))].join(', '),
            })}
          </p>
        )}
      </div>
      {editing ? (
        form(close)
      ) : (
        <>
          {children}
          <div className="oogo-actions">
            {canEdit && (
              <Button
                ref={focusRef}
                appearance="secondary-action-button"
                aria-label={`${t('editing.edit')}: ${name}`}
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('editing.edit')}
              </Button>
            )}
            {canEdit && onDelete && (
              <ConfirmButton
                danger
                label={t('editing.delete')}
                accessibleLabel={`${t('editing.delete')}: ${name}`}
                question={deleteQuestion ?? t('editing.deleteQuestion', { name })}
                confirmLabel={t('editing.deleteConfirm')}
                onConfirm={onDelete}
              />
            )}
            <span role="status" className="oogo-saved">
              {saved ? t('editing.saved') : ''}
            </span>
          </div>
        </>
      )}
      {itemType && <ItemComments itemId={itemId} itemType={itemType} name={name} />}
    </article>
  );
}
