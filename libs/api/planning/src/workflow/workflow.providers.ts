import { BEFORE_PLAN_WRITE } from '../common/item-writer';
import {
  ApprovalResolver,
  ConsultationLoaders,
  PlanSnapshotResolver,
  WorkflowResolver,
} from './workflow.resolver';
import { reopenAdoptedPlan, WorkflowService } from './workflow.service';

// The OOGO workflow. Its BeforePlanWrite reaches every ItemWriter of the planning module.
export const workflowProviders = [
  WorkflowService,
  ConsultationLoaders,
  WorkflowResolver,
  ApprovalResolver,
  PlanSnapshotResolver,
  { provide: BEFORE_PLAN_WRITE, useValue: reopenAdoptedPlan },
];
