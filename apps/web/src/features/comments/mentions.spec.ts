import {
  findMentionQuery,
  insertMention,
  matchMembers,
  mentionedUserIds,
  normalise,
  splitMentions,
} from './mentions';

const anna = {
  userId: 'u-anna',
  displayName: 'Anna de Vries',
  organizationName: 'Gemeente Noorderveen',
};
const annaB = { userId: 'u-annab', displayName: 'Anna', organizationName: 'GGD Veenmeren' };
const bram = {
  userId: 'u-bram',
  displayName: 'Bram Ölçer',
  organizationName: 'Jeugdhulp De Linde',
};
const carla = {
  userId: 'u-carla',
  displayName: 'Carla Noord',
  organizationName: 'Kinderopvang Het Speelhuis',
};
const members = [bram, carla, anna, annaB];

describe('findMentionQuery', () => {
  it('finds the "@query" the caret is in', () => {
    expect(findMentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(findMentionQuery('Vraag aan @An', 13)).toEqual({ start: 10, query: 'An' });
    expect(findMentionQuery('Vraag aan @Anna de', 18)).toEqual({ start: 10, query: 'Anna de' });
    expect(findMentionQuery('(@bra', 5)).toEqual({ start: 1, query: 'bra' });
  });

  it('looks only before the caret', () => {
    expect(findMentionQuery('@Anna en verder', 3)).toEqual({ start: 0, query: 'An' });
    expect(findMentionQuery('tekst @Anna', 4)).toBeNull();
  });

  it('ignores e-mail addresses, a space after "@", other lines and long runs', () => {
    expect(findMentionQuery('mail naam@gemeente.nl', 21)).toBeNull();
    expect(findMentionQuery('@ Anna', 6)).toBeNull();
    expect(findMentionQuery('@Anna\nverder', 12)).toBeNull();
    expect(findMentionQuery(`@${'a'.repeat(41)}`, 42)).toBeNull();
    expect(findMentionQuery('geen apenstaartje', 17)).toBeNull();
  });
});

describe('matchMembers', () => {
  it('matches the start of any word of the name or organisation, without caring about accents or case', () => {
    expect(matchMembers(members, 'olc')).toEqual([bram]);
    expect(matchMembers(members, 'DE LIN')).toEqual([bram]);
    expect(normalise('Ölçer')).toBe('olcer');
  });

  it('puts matches on the name first, then sorts by name', () => {
    // "noord": Carla Noord by name, Anna de Vries by her organisation Gemeente Noorderveen.
    expect(matchMembers(members, 'noord')).toEqual([carla, anna]);
    expect(matchMembers(members, 'anna')).toEqual([annaB, anna]);
  });

  it('offers everyone for a bare "@", at most the limit', () => {
    expect(matchMembers(members, '')).toHaveLength(4);
    expect(matchMembers(members, '', 2)).toEqual([annaB, anna]);
    expect(matchMembers(members, 'zzz')).toEqual([]);
  });
});

describe('insertMention', () => {
  it('replaces "@query" with "@Name " and puts the caret after it', () => {
    expect(insertMention('Vraag aan @an', { start: 10, query: 'an' }, anna)).toEqual({
      text: 'Vraag aan @Anna de Vries ',
      caret: 25,
    });
  });

  it('keeps the text after the caret, with one space between', () => {
    expect(insertMention('@an, graag', { start: 0, query: 'an' }, annaB)).toEqual({
      text: '@Anna, graag',
      caret: 5,
    });
    expect(insertMention('@an verder', { start: 0, query: 'an' }, annaB)).toEqual({
      text: '@Anna verder',
      caret: 6,
    });
  });
});

describe('mentionedUserIds', () => {
  it('keeps the chosen members whose "@Name" is still in the text, once each', () => {
    const text = 'Hoi @Anna de Vries en @Bram Ölçer, en nog eens @Anna de Vries.';
    expect(mentionedUserIds(text, [anna, bram, carla, anna])).toEqual(['u-anna', 'u-bram']);
  });

  it('does not take a longer word for the name', () => {
    expect(mentionedUserIds('@Annalies komt ook', [annaB])).toEqual([]);
    expect(mentionedUserIds('@Anna.', [annaB])).toEqual(['u-annab']);
  });
});

describe('splitMentions', () => {
  it('marks each "@Name" of a mentioned person, the longest name first', () => {
    expect(splitMentions('Hoi @Anna de Vries en @Anna!', ['Anna', 'Anna de Vries'])).toEqual([
      { text: 'Hoi ' },
      { text: '@Anna de Vries', mention: 'Anna de Vries' },
      { text: ' en ' },
      { text: '@Anna', mention: 'Anna' },
      { text: '!' },
    ]);
  });

  it('leaves other "@" alone', () => {
    expect(splitMentions('mail a@b.nl of @Annalies', ['Anna'])).toEqual([
      { text: 'mail a@b.nl of @Annalies' },
    ]);
    expect(splitMentions('', ['Anna'])).toEqual([]);
  });
});
