import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from './states';

/**
 * "Meer laden" for a list read newest first: fetches the next page, and once it is shown moves
 * focus to its first new entry, so reading (and a screen reader) goes on where it was. Put
 * `listRef` on the <ol>/<ul> whose children are the entries (each focusable, tabIndex -1).
 */
export function useLoadMore(shownCount: number, fetchPage: (before: string) => Promise<unknown>) {
  const listRef = useRef<HTMLOListElement>(null);
  /** The index of the first new entry, to focus once it is shown. */
  const focusIndex = useRef<number | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || shownCount <= index) return;
    focusIndex.current = null;
    (listRef.current?.children[index] as HTMLElement | undefined)?.focus();
  }, [shownCount]);

  async function loadMore(before: string) {
    setMoreError(null);
    // Set before the fetch: the new entries may be shown before it resolves.
    focusIndex.current = shownCount;
    try {
      await fetchPage(before);
    } catch (failure) {
      focusIndex.current = null;
      setMoreError(failure);
    }
  }

  return { listRef, loadMore, moreError };
}

/** Below a paged list: its error, then "Meer laden" while there is more, or that this is all. */
export function LoadMoreFooter({
  error,
  nextCursor,
  loading,
  onLoadMore,
  labels,
}: {
  error: unknown;
  nextCursor: string | null;
  loading: boolean;
  onLoadMore: (cursor: string) => void;
  labels: { loadMore: string; loadingMore: string; end: string };
}) {
  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      {nextCursor ? (
        <Button
          appearance="secondary-action-button"
          busy={loading}
          disabled={loading}
          onClick={() => onLoadMore(nextCursor)}
        >
          {loading ? labels.loadingMore : labels.loadMore}
        </Button>
      ) : (
        <Paragraph small>{labels.end}</Paragraph>
      )}
    </>
  );
}
