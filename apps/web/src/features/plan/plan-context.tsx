import type { PlanHeaderQuery } from '@oogo/web-data-access';
import { createContext, useContext } from 'react';

export type PlanHeader = PlanHeaderQuery['plan'];

/** The plan open in this part of the app, for every page under /plannen/<id>. */
export const PlanContext = createContext<PlanHeader | null>(null);

export function usePlan(): PlanHeader {
  const plan = useContext(PlanContext);
  if (!plan) throw new Error('usePlan() outside a plan page');
  return plan;
}
