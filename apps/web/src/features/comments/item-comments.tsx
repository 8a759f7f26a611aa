import { useQuery } from '@apollo/client/react';
import { STAGE_OF_ITEM } from '@oogo/shared-domain';
import { Button } from '@utrecht/component-library-react';
import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Loading } from '../../ui/states';
import { usePlan } from '../plan/plan-context';
import { StageCommentCountsQuery } from './comments.operations';
import { LazyCommentsPanel } from './stage-comments';
import { commentCountsByItem, itemAnchor, unreadAt } from './threads';
import { UnreadBadge } from './unread-badge';
import { useUnreadCommentCounts } from './use-comments';

/**
 * "Reacties (n)" on a plan item, with its unread count, opening the item's comments below it.
 * Opens by itself when the page is opened at the item (#item-<id>, e.g. from a notification).
 */
export function ItemComments({
  itemId,
  itemType,
  name,
}: {
  itemId: string;
  /** The GraphQL type of the item, e.g. Activity. */
  itemType: string;
  name: string;
}) {
  const { t } = useTranslation();
  const plan = usePlan();
  const panelId = useId();
  const { hash } = useLocation();
  const linkedHere = hash === `#${itemAnchor(itemId)}`;
  const [open, setOpen] = useState(linkedHere);
  const stage = STAGE_OF_ITEM[itemType];
  const { data } = useQuery(StageCommentCountsQuery, {
    variables: { planId: plan.id, stage: stage ?? 'YOUTH_SITUATION' },
    skip: !stage,
  });
  const count = commentCountsByItem(data?.comments ?? []).get(itemId) ?? 0;
  const unread = unreadAt(useUnreadCommentCounts(plan.id), { targetId: itemId });
  if (!stage) return null;

  return (
    <div className="oogo-item-comments">
      <Button
        appearance="subtle-button"
        className="oogo-item-comments__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="oogo-item-comments__icon">
          {open ? '▾' : '▸'}
        </span>
        {t('comments.toggle', { count })}
        <span className="oogo-visually-hidden"> {t('comments.toggleFor', { name })}</span>
        <UnreadBadge count={unread} label={t('comments.unread', { count: unread })} />
      </Button>
      {open && (
        <Suspense fallback={<Loading />}>
          <LazyCommentsPanel
            id={panelId}
            place={{ targetId: itemId, targetType: itemType }}
            title={
              <>
                {t('comments.itemTitle')}
                <span className="oogo-visually-hidden"> {t('comments.toggleFor', { name })}</span>
              </>
            }
            headingLevel={4}
            focusOnOpen={linkedHere}
          />
        </Suspense>
      )}
    </div>
  );
}
