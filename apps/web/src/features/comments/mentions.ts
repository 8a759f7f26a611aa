/**
 * @mentions in a comment's text: where the user is typing one, which plan members match it,
 * putting the chosen name in the text, and which of the chosen are still mentioned when the
 * comment is sent. Pure functions; the combobox (mention-textarea.tsx) uses them.
 */

/** A plan member who can be mentioned. */
export interface Mentionable {
  userId: string;
  displayName: string;
  organizationName?: string | null;
}

/** The "@query" being typed: `start` is the index of the "@", the query runs up to the caret. */
export interface MentionQuery {
  start: number;
  query: string;
}

/** The api's limit (MAX_MENTIONS in the comments api). */
export const MAX_MENTIONS = 50;

/** Names are short; a longer run after "@" is an e-mail address or ordinary text. */
const MAX_QUERY_LENGTH = 40;
/** How many members the list offers at once. */
export const MAX_OPTIONS = 8;

/** A letter or digit in any language: the end of a name may not be followed by one. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The mention being typed at the caret: an "@" at the start of the text or after a space or
 * an opening bracket, followed by at most 40 characters on the same line that do not start
 * with a space. Null when the caret is not in one (so "naam@gemeente.nl" is no mention).
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0) return null;
  const previous = start === 0 ? '' : (before[start - 1] ?? '');
  if (previous !== '' && !/[\s([{"'“‘]/u.test(previous)) return null;
  const query = before.slice(start + 1);
  if (query.length > MAX_QUERY_LENGTH || /[\n\r]/.test(query) || /^\s/.test(query)) return null;
  return { start, query };
}

/** Lower case without accents: "Gerrit Jan Ölçer" → "gerrit jan olcer". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function wordsOf(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The members that match what was typed after "@": every word typed starts a word of their
 * name or organisation. Matches on the name come first, then alphabetically; at most `limit`.
 */
export function matchMembers<Member extends Mentionable>(
  members: readonly Member[],
  query: string,
  limit = MAX_OPTIONS,
): Member[] {
  const wanted = wordsOf(query);
  const matches = (words: string[]) =>
    wanted.every((part) => words.some((word) => word.startsWith(part)));
  return members
    .map((member) => {
      const name = wordsOf(member.displayName);
      const all = [...name, ...wordsOf(member.organizationName ?? '')];
      return { member, byName: matches(name), any: matches(all) };
    })
    .filter((candidate) => candidate.any)
    .sort(
      (a, b) =>
        Number(b.byName) - Number(a.byName) ||
        a.member.displayName.localeCompare(b.member.displayName, 'nl'),
    )
    .slice(0, limit)
    .map((candidate) => candidate.member);
}

/** The text with "@query" replaced by "@Name " and where the caret goes next. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  member: Mentionable,
): { text: string; caret: number } {
  const end = mention.start + 1 + mention.query.length;
  const inserted = `@${member.displayName}`;
  const rest = text.slice(end);
  // A space after the name, unless one or a punctuation mark follows already.
  if (/^[,.;:!?)\]}]/u.test(rest)) {
    return {
      text: text.slice(0, mention.start) + inserted + rest,
      caret: mention.start + inserted.length,
    };
  }
  const spaced = /^\s/u.test(rest) ? rest : ` ${rest}`;
  return {
    text: text.slice(0, mention.start) + inserted + spaced,
    caret: mention.start + inserted.length + 1,
  };
}

/** Whether "@Name" stands in the text as a whole name (not the start of a longer word). */
function mentions(text: string, name: string): boolean {
  const needle = `@${name}`;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const next = text[at + needle.length] ?? '';
    if (!WORD_CHARACTER.test(next)) return true;
  }
  return false;
}

/**
 * The chosen members whose "@Name" is still in the text when it is sent, each once: a name
 * the writer removed again is no mention, so that person is not notified.
 */
export function mentionedUserIds(text: string, chosen: readonly Mentionable[]): string[] {
  const ids = chosen
    .filter((member) => mentions(text, member.displayName))
    .map((member) => member.userId);
  return [...new Set(ids)];
}

export type TextPart = { text: string; mention?: undefined } | { text: string; mention: string };

/**
 * A comment's text in parts, with the "@Name" of each mentioned person as a part of its own,
 * so it can be shown as a mention. Longer names first: "@Anna de Vries" before "@Anna".
 */
export function splitMentions(text: string, names: readonly string[]): TextPart[] {
  const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let plain = '';
  let index = 0;
  outer: while (index < text.length) {
    if (text[index] === '@') {
      for (const name of sorted) {
        const needle = `@${name}`;
        const next = text[index + needle.length] ?? '';
        if (text.startsWith(needle, index) && !WORD_CHARACTER.test(next)) {
          if (plain) parts.push({ text: plain });
          plain = '';
          parts.push({ text: needle, mention: name });
          index += needle.length;
          continue outer;
        }
      }
    }
    plain += text[index];
    index += 1;
  }
  if (plain) parts.push({ text: plain });
  return parts;
}
