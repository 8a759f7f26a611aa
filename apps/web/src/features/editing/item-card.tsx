import type { Stage } from '@oogo/shared-domain';
import type { ReactNode } from 'react';
import { EditableCard } from './editable-card';
import type { FieldSpec } from './field-spec';
import { editForm, type EditableItem } from './item-form';
import type { FieldValue } from './three-way-merge';

/** What `update<Type>` gets: the item, the version the form started from, the changed fields. */
export type ItemChange = { id: string; version: number } & Record<string, FieldValue>;

/**
 * A plan item with what every bouwsteen page does with one: its card, the item form to change
 * it (only the changed fields, on top of the version the form started from) and, when `remove`
 * is given, a confirmed delete.
 */
export function ItemCard({
  item,
  formItem,
  name,
  heading,
  canEdit,
  stage,
  formTitle,
  fields,
  update,
  remove,
  deleteQuestion,
  children,
}: {
  item: EditableItem;
  /** The item as the form sees it, when that differs (e.g. its links as a list of ids). */
  formItem?: EditableItem;
  /** For "Bewerken: <name>" to a screen reader. */
  name: string;
  heading: ReactNode;
  canEdit: boolean;
  stage: Stage;
  formTitle: string;
  fields: readonly FieldSpec[];
  update: (change: ItemChange) => Promise<unknown>;
  remove?: (item: { id: string; version: number }) => Promise<unknown>;
  deleteQuestion?: string;
  children: ReactNode;
}) {
  const { id, version } = item;
  return (
    <EditableCard
      itemId={id}
      name={name}
      canEdit={canEdit}
      heading={heading}
      deleteQuestion={deleteQuestion}
      onDelete={remove && (() => remove({ id, version }))}
      form={editForm({
        title: formTitle,
        fields,
        stage,
        item: formItem ?? item,
        save: (values, base) => update({ ...values, id, version: base ?? version }),
      })}
    >
      {children}
    </EditableCard>
  );
}
