import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { SelectField } from '../../ui/form-field';
import { comparePath, CURRENT_VERSION } from './workflow-paths';

export interface VersionOption {
  id: string;
  number: number;
}

interface CompareFormProps {
  planId: string;
  /** The adopted versions, newest first. */
  versions: readonly VersionOption[];
  /** What is compared now (on the compare page); else the newest version with the plan now. */
  from?: string | null;
  to?: string | null;
}

/** Two selects and a button: opens the comparison of two versions (or one with the plan now). */
export function CompareForm({ planId, versions, from, to }: CompareFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const schema = useMemo(
    () =>
      z
        .object({ from: z.string().min(1, t('validation.choose')), to: z.string() })
        .refine((values) => values.from !== values.to, {
          path: ['to'],
          message: t('workflow.versions.sameVersion'),
        }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    values: {
      from: from ?? versions[0]?.id ?? '',
      to: to ?? CURRENT_VERSION,
    },
  });

  const options = versions.map((version) => ({
    value: version.id,
    label: t('workflow.versions.name', { number: version.number }),
  }));
  const onSubmit = handleSubmit(async (values) => {
    await navigate(
      comparePath(planId, values.from, values.to === CURRENT_VERSION ? null : values.to),
    );
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t('workflow.versions.compareTitle')}
      className="oogo-compare-form"
    >
      <SelectField
        label={t('workflow.versions.from')}
        required
        error={errors.from}
        registration={register('from')}
        options={options}
      />
      <SelectField
        label={t('workflow.versions.to')}
        required
        error={errors.to}
        registration={register('to')}
        options={[{ value: CURRENT_VERSION, label: t('workflow.versions.current') }, ...options]}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('workflow.versions.compare')}
      </Button>
    </form>
  );
}
