import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading4, Link, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../editing/field-spec';
import { AddItem, ItemCard } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { REFETCH_ACTIVITIES, type ActivityRow } from './activities-query';
import { Disclosure } from './disclosure';

const CreateLiteratureReference = graphql(`
  mutation CreateLiteratureReference($input: CreateLiteratureReferenceInput!) {
    createLiteratureReference(input: $input) {
      id
      version
    }
  }
`);

const UpdateLiteratureReference = graphql(`
  mutation UpdateLiteratureReference($input: UpdateLiteratureReferenceInput!) {
    updateLiteratureReference(input: $input) {
      id
      version
      citation
      url
    }
  }
`);

const DeleteLiteratureReference = graphql(`
  mutation DeleteLiteratureReference($input: ItemVersionInput!) {
    deleteLiteratureReference(input: $input)
  }
`);

/** Erkenning in the databank and the literature that explains why the approach works. */
export function Evidence({ activity }: { activity: ActivityRow }) {
  const { t } = useTranslation();
  const plan = usePlan();
  const [createReference] = useMutation(CreateLiteratureReference, REFETCH_ACTIVITIES);
  const [updateReference] = useMutation(UpdateLiteratureReference, REFETCH_ACTIVITIES);
  const [deleteReference] = useMutation(DeleteLiteratureReference, REFETCH_ACTIVITIES);
  // Limits as in the api's CreateLiteratureReferenceInput (citation 1000, url http(s) 2000).
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'citation',
        label: t('activities.citation'),
        description: t('activities.citationHelp'),
        kind: 'text',
        required: true,
        maxLength: 1000,
      },
      { name: 'url', label: t('activities.url'), kind: 'url', maxLength: 2000, nullable: true },
    ],
    [t],
  );
  const references = activity.literatureReferences;

  return (
    <Disclosure
      summary={
        <>
          <Heading4 className="oogo-points__title">{t('activities.evidence')}</Heading4>
          <span className="oogo-points__counts">
            <span>{t(`vocabulary.evidenceLevel.${activity.evidenceLevel}`)}</span>
            <span>{t('activities.sources', { count: references.length })}</span>
          </span>
        </>
      }
    >
      <dl className="oogo-facts">
        <div>
          <dt>{t('activities.evidenceLevel')}</dt>
          <dd>{t(`vocabulary.evidenceLevel.${activity.evidenceLevel}`)}</dd>
        </div>
      </dl>
      <p className="oogo-subitem__title">{t('activities.literature')}</p>
      {references.length === 0 && <Paragraph>{t('activities.noLiterature')}</Paragraph>}
      <ul className="oogo-subitems">
        {references.map((reference) => (
          <li key={reference.id}>
            <ItemCard
              item={reference}
              name={reference.citation}
              heading={<p className="oogo-subitem__title">{reference.citation}</p>}
              stage="ACTIVITIES"
              fields={fields}
              formTitle={t('activities.editLiterature')}
              update={(input) => updateReference({ variables: { input } })}
              remove={(input) => deleteReference({ variables: { input } })}
            >
              {reference.url && (
                <Paragraph>
                  <Link href={reference.url}>{reference.url}</Link>
                </Paragraph>
              )}
            </ItemCard>
          </li>
        ))}
      </ul>
      <AddItem
        label={t('activities.addLiterature')}
        accessibleLabel={t('activities.forActivity', {
          action: t('activities.addLiterature'),
          activity: activity.name,
        })}
        stage="ACTIVITIES"
        fields={fields}
        create={(values) =>
          createReference({
            variables: {
              input: {
                ...values,
                planId: plan.id,
                activityId: activity.id,
                citation: String(values['citation']),
              },
            },
          })
        }
      />
    </Disclosure>
  );
}
