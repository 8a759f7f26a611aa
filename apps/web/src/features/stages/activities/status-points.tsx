import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsOf, type FieldSpec } from '../../editing/field-spec';
import { AddItem, ItemCard, type ItemChange } from '../../editing/item-card';
import type { FieldValue } from '../../editing/three-way-merge';
import { slotsOf } from '../per-activity/slots';
import { countStatuses, type StatusValue } from '../per-activity/status';
import { StatusLabel } from '../per-activity/status-label';
import { Disclosure } from './disclosure';

/** One filled-in point: a criterion's assessment or a checklist point. */
export interface StatusPointItem {
  id: string;
  version: number;
  explanation: string;
  [field: string]: unknown;
}

/**
 * A fixed list of points about an activity, each with a status and an explanation: the seven
 * criteria (rating) and the seven checklist points (helder / niet helder). Collapsed to a
 * count per status; open, each point is a card to fill in or edit.
 */
export function StatusPoints<K extends string, S extends StatusValue>({
  title,
  intro,
  warning,
  open,
  activityName,
  points,
  items,
  keyField,
  statusField,
  statuses,
  pointLabel,
  pointQuestion,
  statusLabel,
  statusFieldLabel,
  emptyText,
  addLabel,
  editLabel,
  create,
  update,
}: {
  title: string;
  intro: string;
  /** Shown in the summary too, so a collapsed list still says what needs attention. */
  warning?: ReactNode;
  open?: boolean;
  activityName: string;
  points: readonly K[];
  items: readonly StatusPointItem[];
  /** The item's field naming the point, e.g. `criterion`. */
  keyField: string;
  /** The item's status field, e.g. `rating`; also the form field. */
  statusField: string;
  statuses: readonly S[];
  pointLabel: (point: K) => string;
  pointQuestion: (point: K) => string;
  statusLabel: (status: S) => string;
  statusFieldLabel: string;
  emptyText: string;
  /** "Doelgericht beoordelen", for the point's label. */
  addLabel: (point: string) => string;
  /** "Doelgericht bewerken", the edit form's name. */
  editLabel: (point: string) => string;
  create: (point: K, values: Record<string, FieldValue>) => Promise<unknown>;
  update: (input: ItemChange) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const slots = slotsOf(points, items, (item) => item[keyField] as K);
  const filled = slots.filter((slot) => slot.item).map((slot) => slot.item?.[statusField] as S);
  const notFilled = slots.length - filled.length;
  const statusOptions = useMemo(() => optionsOf(statuses, statusLabel), [statuses, statusLabel]);
  const fieldsFor = (point: K): FieldSpec[] => [
    {
      name: statusField,
      label: statusFieldLabel,
      description: pointQuestion(point),
      kind: 'radio',
      required: true,
      options: statusOptions,
    },
    // Limit as in the api's inputs (TextField(4000)).
    { name: 'explanation', label: t('activities.explanation'), kind: 'textarea', maxLength: 4000 },
  ];

  return (
    <Disclosure
      defaultOpen={open}
      summary={
        <>
          <Heading4 className="oogo-points__title">{title}</Heading4>
          <span className="oogo-points__counts">
            {countStatuses(statuses, filled).map(({ status, count }) => (
              <StatusLabel
                key={status}
                status={status}
                label={t('perActivity.statusCount', { status: statusLabel(status), count })}
              />
            ))}
            {notFilled > 0 && <span>{t('activities.summaryOpen', { count: notFilled })}</span>}
            {warning}
          </span>
        </>
      }
    >
      <Paragraph>{intro}</Paragraph>
      <ul className="oogo-subitems oogo-points__list">
        {slots.map(({ key, item }) => {
          const label = pointLabel(key);
          const name = t('activities.itemName', { part: label, activity: activityName });
          const heading = <p className="oogo-subitem__title">{label}</p>;
          return (
            <li key={key}>
              {item ? (
                <ItemCard
                  item={item}
                  name={name}
                  heading={heading}
                  stage="ACTIVITIES"
                  fields={fieldsFor(key)}
                  formTitle={t('activities.forActivity', {
                    action: editLabel(label),
                    activity: activityName,
                  })}
                  update={update}
                >
                  <p className="oogo-points__status">
                    <StatusLabel
                      status={item[statusField] as S}
                      label={statusLabel(item[statusField] as S)}
                    />
                  </p>
                  {item.explanation && <Paragraph>{item.explanation}</Paragraph>}
                </ItemCard>
              ) : (
                <article className="oogo-item oogo-item--open">
                  {heading}
                  <Paragraph className="oogo-points__open">{emptyText}</Paragraph>
                  <AddItem
                    label={addLabel(label)}
                    accessibleLabel={t('activities.forActivity', {
                      action: addLabel(label),
                      activity: activityName,
                    })}
                    stage="ACTIVITIES"
                    fields={fieldsFor(key)}
                    create={(values) => create(key, values)}
                  />
                </article>
              )}
            </li>
          );
        })}
      </ul>
    </Disclosure>
  );
}
