import type { PlanStatus } from '@oogo/shared-domain';
import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

const STATUS_APPEARANCE: Record<PlanStatus, string> = {
  DRAFT: 'neutral',
  IN_CONSULTATION: 'warning',
  ADOPTED: 'safe',
};

/** The status in words; the colour only repeats it. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={STATUS_APPEARANCE[status]}>
      {t(`vocabulary.planStatus.${status}`)}
    </StatusBadge>
  );
}
