import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { ErrorAlert, Loading } from '../../ui/states';
import { usePlan } from '../plan/plan-context';

/**
 * A bouwsteen page's query for the open plan. Without data yet, `fallback` is what to show
 * instead: loading, or the error with a retry.
 */
export function usePlanStageQuery<Data>(document: TypedDocumentNode<Data, { id: string }>): {
  data: Data | undefined;
  fallback: ReactNode;
} {
  const plan = usePlan();
  const { data, loading, error, refetch } = useQuery(document, { variables: { id: plan.id } });
  const fallback =
    loading && !data ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return { data: data as Data | undefined, fallback };
}
