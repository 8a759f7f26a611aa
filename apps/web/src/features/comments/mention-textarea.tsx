import { Listbox, ListboxOption } from '@utrecht/component-library-react';
import { useCallback, useEffect, useId, useReducer, useRef, useState, type ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../ui/form-field';
import {
  activeOption,
  initialMentionState,
  isOpen,
  mentionComboboxReducer,
  mentionKeyAction,
} from './mention-combobox';
import { insertMention, type Mentionable } from './mentions';

interface MentionTextareaProps {
  label: ReactNode;
  description?: ReactNode;
  error?: FieldError;
  required?: boolean;
  rows?: number;
  focusOnOpen?: boolean;
  /** react-hook-form's `register('body')`. */
  registration: UseFormRegisterReturn;
  /** Puts a new text in the form (react-hook-form's `setValue`). */
  setText: (text: string) => void;
  /** The members that can be mentioned. */
  members: readonly Mentionable[];
  /** A member was chosen from the list. */
  onMention: (member: Mentionable) => void;
}

/**
 * The text of a comment, where typing "@" offers the plan's members to mention: a list that
 * follows the combobox pattern with the focus staying in the text (aria-activedescendant).
 * Arrow keys move through the list, Enter puts the name in the text, Escape closes the list.
 * A textarea may not take the combobox role (ARIA in HTML), so it keeps its own role and says
 * `aria-autocomplete="list"` and `aria-controls`; a live region reads the active member.
 */
export function MentionTextarea({
  label,
  description,
  error,
  required,
  rows = 4,
  focusOnOpen,
  registration,
  setText,
  members,
  onMention,
}: MentionTextareaProps) {
  const { t } = useTranslation();
  const listboxId = useId();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [state, dispatch] = useReducer(mentionComboboxReducer<Mentionable>, undefined, () =>
    initialMentionState<Mentionable>(),
  );
  const [chosenMessage, setChosenMessage] = useState('');
  const open = isOpen(state);
  const active = activeOption(state);
  const optionId = (member: Mentionable) => `${listboxId}-${member.userId}`;
  const { ref: registerRef, onChange, onBlur, ...registered } = registration;

  const setRef = useCallback(
    (element: HTMLTextAreaElement | null) => {
      textarea.current = element;
      registerRef(element);
    },
    [registerRef],
  );
  useEffect(() => {
    if (focusOnOpen) textarea.current?.focus();
  }, [focusOnOpen]);

  function typed() {
    const element = textarea.current;
    if (!element) return;
    dispatch({
      type: 'typed',
      text: element.value,
      caret: element.selectionStart ?? element.value.length,
      members,
    });
  }

  function choose(member: Mentionable) {
    const element = textarea.current;
    if (!element || !state.mention) return;
    const next = insertMention(element.value, state.mention, member);
    setText(next.text);
    element.focus();
    element.setSelectionRange(next.caret, next.caret);
    dispatch({ type: 'close' });
    setChosenMessage(t('comments.mentionChosen', { name: member.displayName }));
    onMention(member);
  }

  const announcement = active
    ? `${t('comments.mentionsFound', { count: state.options.length })} ${t(
        'comments.mentionActive',
        {
          name: active.displayName,
          organization: active.organizationName ?? '',
          position: state.activeIndex + 1,
          total: state.options.length,
        },
      )}`
    : chosenMessage;

  return (
    <div className="oogo-mention">
      <TextareaField
        label={label}
        description={description}
        error={error}
        required={required}
        rows={rows}
        registration={{
          ...registered,
          ref: setRef,
          onChange: async (event) => {
            setChosenMessage('');
            await onChange(event);
            typed();
          },
          onBlur: async (event) => {
            dispatch({ type: 'close' });
            await onBlur(event);
          },
        }}
        controlProps={{
          'aria-autocomplete': 'list',
          'aria-controls': open ? listboxId : undefined,
          'aria-activedescendant': active ? optionId(active) : undefined,
          onSelect: typed,
          onKeyDown: (event) => {
            const action = mentionKeyAction(state, event.key, event);
            if (!action) return;
            event.preventDefault();
            event.stopPropagation();
            if (action === 'choose') {
              if (active) choose(active);
            } else {
              dispatch(action);
            }
          },
        }}
      />
      {open && (
        <Listbox
          id={listboxId}
          className="oogo-mention__list"
          aria-label={t('comments.mentionList')}
          tabIndex={-1}
        >
          {state.options.map((member) => (
            <ListboxOption
              key={member.userId}
              id={optionId(member)}
              active={member === active}
              selected={member === active}
              className="oogo-mention__option"
              // The focus stays in the text: a click chooses without taking it away.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(member)}
            >
              <span className="oogo-mention__name">{member.displayName}</span>
              {member.organizationName && (
                <span className="oogo-mention__organization">{member.organizationName}</span>
              )}
            </ListboxOption>
          ))}
        </Listbox>
      )}
      <span role="status" className="oogo-visually-hidden">
        {announcement}
      </span>
    </div>
  );
}
