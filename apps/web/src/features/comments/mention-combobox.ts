import {
  findMentionQuery,
  matchMembers,
  normalise,
  type Mentionable,
  type MentionQuery,
} from './mentions';

/**
 * The state of the @mention list beside a comment's text field, as a reducer: what is being
 * typed, which members match, which one is active (arrow keys), and whether the user closed
 * the list (Escape) for this "@".
 */
export interface MentionComboboxState<Member extends Mentionable = Mentionable> {
  mention: MentionQuery | null;
  options: Member[];
  activeIndex: number;
  /** The "@" (its index) the user closed the list for; typing on after it keeps it closed. */
  dismissedAt: number | null;
}

export type MentionComboboxAction<Member extends Mentionable = Mentionable> =
  /** The text or the caret changed. */
  | { type: 'typed'; text: string; caret: number; members: readonly Member[] }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** Escape: close the list for this "@". */
  | { type: 'dismiss' }
  /** A member was put in the text, or the field lost focus. */
  | { type: 'close' };

export function initialMentionState<Member extends Mentionable>(): MentionComboboxState<Member> {
  return { mention: null, options: [], activeIndex: 0, dismissedAt: null };
}

/** Whether the list is shown: a "@" is being typed, somebody matches, and it was not closed. */
export function isOpen(state: MentionComboboxState<Mentionable>): boolean {
  return (
    state.mention !== null && state.options.length > 0 && state.dismissedAt !== state.mention.start
  );
}

export function activeOption<Member extends Mentionable>(
  state: MentionComboboxState<Member>,
): Member | undefined {
  return isOpen(state) ? state.options[state.activeIndex] : undefined;
}

/** "@Anna de Vries " with the space typed after a whole name: that mention is done. */
function isComplete(query: string, members: readonly Mentionable[]): boolean {
  if (!/\s$/u.test(query)) return false;
  const typed = normalise(query.trim());
  return members.some((member) => normalise(member.displayName) === typed);
}

export function mentionComboboxReducer<Member extends Mentionable>(
  state: MentionComboboxState<Member>,
  action: MentionComboboxAction<Member>,
): MentionComboboxState<Member> {
  const count = state.options.length;
  switch (action.type) {
    case 'typed': {
      const mention = findMentionQuery(action.text, action.caret);
      if (!mention || isComplete(mention.query, action.members)) return initialMentionState();
      const options = matchMembers(action.members, mention.query);
      const active = activeOption(state);
      // The same person stays active while the list narrows; otherwise the first one.
      const kept = active ? options.findIndex((option) => option.userId === active.userId) : -1;
      return {
        mention,
        options,
        activeIndex: kept >= 0 ? kept : 0,
        dismissedAt: state.dismissedAt === mention.start ? state.dismissedAt : null,
      };
    }
    case 'next':
      return count ? { ...state, activeIndex: (state.activeIndex + 1) % count } : state;
    case 'previous':
      return count ? { ...state, activeIndex: (state.activeIndex - 1 + count) % count } : state;
    case 'first':
      return { ...state, activeIndex: 0 };
    case 'last':
      return count ? { ...state, activeIndex: count - 1 } : state;
    case 'dismiss':
      return state.mention ? { ...state, dismissedAt: state.mention.start } : state;
    case 'close':
      return initialMentionState();
  }
}

/**
 * What a key does while the text field has focus: an action for the list, `choose` for the
 * active member, or null when the key is the text field's own (then it must not be stopped).
 */
export function mentionKeyAction(
  state: MentionComboboxState<Mentionable>,
  key: string,
  modifiers: { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {},
): MentionComboboxAction | 'choose' | null {
  if (!isOpen(state) || modifiers.ctrlKey || modifiers.metaKey) return null;
  switch (key) {
    case 'ArrowDown':
      return modifiers.altKey ? null : { type: 'next' };
    case 'ArrowUp':
      return modifiers.altKey ? null : { type: 'previous' };
    case 'PageUp':
      return { type: 'first' };
    case 'PageDown':
      return { type: 'last' };
    case 'Enter':
      return modifiers.altKey ? null : 'choose';
    case 'Escape':
      return { type: 'dismiss' };
    default:
      return null;
  }
}
