import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { joinWords } from '../../ui/format';
import { itemsNl } from './items.nl';

type TypeKey = keyof typeof itemsNl.type;
type TypePluralKey = keyof typeof itemsNl.typePlural;
type ActionKey = keyof typeof itemsNl.action;
type FieldKey = keyof typeof itemsNl.field;

/** `key` when the dictionary has it, else `fallback`: a new kind of item still gets a word. */
export function keyIn<Key extends string>(
  dictionary: Readonly<Record<Key, unknown>>,
  key: string,
  fallback: Key,
): Key {
  return Object.prototype.hasOwnProperty.call(dictionary, key) ? (key as Key) : fallback;
}

/** Words for the api's item types, field names and actions (Activity, targetGroup, UPDATE). */
export function useItemWords() {
  const { t } = useTranslation();
  return useMemo(() => {
    const type = (name: string) => t(`items.type.${keyIn<TypeKey>(itemsNl.type, name, 'other')}`);
    const field = (name: string) =>
      Object.prototype.hasOwnProperty.call(itemsNl.field, name)
        ? t(`items.field.${name as FieldKey}`)
        : name;
    return {
      type,
      typePlural: (name: string) =>
        t(`items.typePlural.${keyIn<TypePluralKey>(itemsNl.typePlural, name, 'other')}`),
      action: (name: string) =>
        t(`items.action.${keyIn<ActionKey>(itemsNl.action, name, 'other')}`),
      field,
      fields: (names: readonly string[]) => joinWords(names.map(field), t('items.and')),
      /** Activiteit «Jeugdhulp op school», or just Activiteit without a name. */
      item: (typeName: string, name: string | null | undefined) =>
        name ? t('items.named', { type: type(typeName), name }) : type(typeName),
    };
  }, [t]);
}
