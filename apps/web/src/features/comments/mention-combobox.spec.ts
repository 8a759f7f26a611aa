import {
  activeOption,
  initialMentionState,
  isOpen,
  mentionComboboxReducer as reduce,
  mentionKeyAction,
  type MentionComboboxState,
} from './mention-combobox';

const members = [
  { userId: 'a', displayName: 'Anna de Vries', organizationName: 'Gemeente Noorderveen' },
  { userId: 'b', displayName: 'Bram Bos', organizationName: 'Jeugdhulp De Linde' },
  { userId: 'c', displayName: 'Carla Noord', organizationName: 'GGD Veenmeren' },
];

function typed(state: MentionComboboxState, text: string, caret = text.length) {
  return reduce(state, { type: 'typed', text, caret, members });
}

describe('the @mention combobox', () => {
  it('opens on "@" with every member, the first one active', () => {
    const state = typed(initialMentionState(), 'Vraag voor @');
    expect(isOpen(state)).toBe(true);
    expect(state.options.map((member) => member.userId)).toEqual(['a', 'b', 'c']);
    expect(activeOption(state)?.userId).toBe('a');
  });

  it('stays closed without "@", and closes when nobody matches', () => {
    expect(isOpen(typed(initialMentionState(), 'Gewone tekst'))).toBe(false);
    expect(isOpen(typed(initialMentionState(), 'Hoi @xyz'))).toBe(false);
    expect(activeOption(typed(initialMentionState(), 'Hoi @xyz'))).toBeUndefined();
  });

  it('moves with the arrow keys and wraps around', () => {
    let state = typed(initialMentionState(), '@');
    state = reduce(state, mentionKeyAction(state, 'ArrowDown') as never);
    expect(activeOption(state)?.userId).toBe('b');
    state = reduce(state, mentionKeyAction(state, 'ArrowDown') as never);
    state = reduce(state, mentionKeyAction(state, 'ArrowDown') as never);
    expect(activeOption(state)?.userId).toBe('a');
    state = reduce(state, mentionKeyAction(state, 'ArrowUp') as never);
    expect(activeOption(state)?.userId).toBe('c');
    state = reduce(state, mentionKeyAction(state, 'PageUp') as never);
    expect(activeOption(state)?.userId).toBe('a');
    state = reduce(state, mentionKeyAction(state, 'PageDown') as never);
    expect(activeOption(state)?.userId).toBe('c');
  });

  it('keeps the active person while the list narrows', () => {
    let state = typed(initialMentionState(), '@');
    state = reduce(state, { type: 'last' });
    expect(activeOption(state)?.userId).toBe('c');
    state = typed(state, '@noo');
    // Carla Noord (by name) and Anna de Vries (Gemeente Noorderveen): Carla stays active.
    expect(state.options.map((member) => member.userId)).toEqual(['c', 'a']);
    expect(activeOption(state)?.userId).toBe('c');
  });

  it('chooses with Enter, and closes with Escape for this "@" only', () => {
    let state = typed(initialMentionState(), 'Hoi @an');
    expect(mentionKeyAction(state, 'Enter')).toBe('choose');
    state = reduce(state, mentionKeyAction(state, 'Escape') as never);
    expect(isOpen(state)).toBe(false);
    // Typing on after the same "@" keeps it closed; a new "@" opens it again.
    state = typed(state, 'Hoi @ann');
    expect(isOpen(state)).toBe(false);
    state = typed(state, 'Hoi @ann en @');
    expect(isOpen(state)).toBe(true);
    expect(reduce(state, { type: 'close' })).toEqual(initialMentionState());
  });

  it('closes once a whole name and a space follow the "@" (as after choosing one)', () => {
    expect(isOpen(typed(initialMentionState(), 'Hoi @Anna de Vries'))).toBe(true);
    expect(isOpen(typed(initialMentionState(), 'Hoi @Anna de Vries '))).toBe(false);
    expect(isOpen(typed(initialMentionState(), 'Hoi @anna de '))).toBe(true);
  });

  it('leaves every key to the text field while the list is closed, and modified keys always', () => {
    const closed = typed(initialMentionState(), 'tekst');
    for (const key of ['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'PageUp']) {
      expect(mentionKeyAction(closed, key)).toBeNull();
    }
    const open = typed(initialMentionState(), '@');
    expect(mentionKeyAction(open, 'Enter', { ctrlKey: true })).toBeNull();
    expect(mentionKeyAction(open, 'ArrowDown', { altKey: true })).toBeNull();
    expect(mentionKeyAction(open, 'Tab')).toBeNull();
    expect(mentionKeyAction(open, 'a')).toBeNull();
  });
});
