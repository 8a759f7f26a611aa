import { Injectable } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access, actorOf, JsonObject } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { PlanRowsProvider } from '../common/plan-rows';
import { Plan } from '../plan/plan.entity';
import { PlanConsultation, readChangesSince, readConsultations } from './consultation-reads';
import {
  AdoptPlanInput,
  ChangePlanStatusInput,
  ComparePlanVersionsArgs,
  PlanSnapshotArgs,
  RecordApprovalInput,
} from './workflow.inputs';
import {
  AdoptPlanPayload,
  Approval,
  Consultation,
  PlanChange,
  PlanComparison,
  PlanSnapshot,
} from './workflow.models';
import { WorkflowService } from './workflow.service';

const MAX_CHANGES = 500;

/**
 * Consultations and changes read once per request for every plan and approval it asks about
 * (e.g. `plans { consultation }`), not once per parent.
 */
@Injectable()
export class ConsultationLoaders {
  private readonly perRequest = new WeakMap<
    object,
    {
      consultations: DataLoader<string, PlanConsultation | undefined>;
      /** By the number of changes asked for. */
      changes: Map<number, DataLoader<string, PlanChange[]>>;
    }
  >();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private of(context: object) {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = {
        consultations: new DataLoader(async (planIds: readonly string[]) => {
          const found = await readConsultations(this.dataSource, planIds);
          return planIds.map((planId) => found.get(planId));
        }),
        changes: new Map(),
      };
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }

  consultation(context: object, planId: string): Promise<PlanConsultation | undefined> {
    return this.of(context).consultations.load(planId);
  }

  changesSince(context: object, approvalId: string, limit: number): Promise<PlanChange[]> {
    const byLimit = this.of(context).changes;
    let loader = byLimit.get(limit);
    if (!loader) {
      loader = new DataLoader(async (approvalIds: readonly string[]) => {
        const found = await readChangesSince(this.dataSource, approvalIds, limit);
        return approvalIds.map((id) => found.get(id) ?? []);
      });
      byLimit.set(limit, loader);
    }
    return loader.load(approvalId);
  }
}

/** The OOGO workflow: status, approvals (akkoord), adoption (vaststellen) and adopted versions. */
@Resolver(() => Plan)
export class WorkflowResolver {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly loaders: ConsultationLoaders,
    private readonly planRows: PlanRowsProvider,
  ) {}

  @Access.planRole(PlanRole.COORDINATOR, { planIdAt: 'input.planId' })
  @Mutation(() => Plan, {
    description:
      'DRAFT → IN_CONSULTATION, or back (withdraw). Adopting is `adoptPlan`. With a stale version: CONFLICT.',
  })
  changePlanStatus(
    @Args('input') input: ChangePlanStatusInput,
    @Context() context: object,
  ): Promise<Plan> {
    return this.workflow.changeStatus(input, actorOf(context));
  }

  @Access.planRole(PlanRole.EDITOR, { planIdAt: 'input.planId' })
  @Mutation(() => Approval, {
    description:
      'Agree or object, for the gemeente or schoolbestuur you take part for, while the plan is in consultation. Replaces your organisation’s earlier decision in this round.',
  })
  recordApproval(
    @Args('input') input: RecordApprovalInput,
    @Context() context: object,
  ): Promise<Approval> {
    return this.workflow.recordApproval(input, actorOf(context));
  }

  @Access.planRole(PlanRole.COORDINATOR, { planIdAt: 'input.planId' })
  @Mutation(() => AdoptPlanPayload, {
    description:
      'Vaststellen: once every gemeente and schoolbestuur agrees to the plan as it is now, freezes it as the next adopted version.',
  })
  adoptPlan(
    @Args('input') input: AdoptPlanInput,
    @Context() context: object,
  ): Promise<AdoptPlanPayload> {
    return this.workflow.adopt(input, actorOf(context));
  }

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Query(() => [PlanSnapshot], { description: 'The adopted versions of a plan, newest first.' })
  planSnapshots(@Args('planId', { type: () => ID }) planId: string): Promise<PlanSnapshot[]> {
    return this.workflow.snapshots(planId);
  }

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Query(() => PlanSnapshot, {
    description: 'One adopted version, with its whole plan as `graph`.',
  })
  planSnapshot(@Args() args: PlanSnapshotArgs): Promise<PlanSnapshot> {
    return this.workflow.snapshot(args.planId, args.id);
  }

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Query(() => PlanComparison, {
    description:
      'What was added, changed and removed per bouwsteen between two adopted versions, or since one (`to` null).',
  })
  comparePlanVersions(
    @Args() args: ComparePlanVersionsArgs,
    @Context() context: object,
  ): Promise<PlanComparison> {
    return this.workflow.compare(args, this.planRows.forRequest(context));
  }

  @Access.inherit()
  @ResolveField(() => [Approval], {
    description: 'The decisions of the gemeenten and schoolbesturen in the current round.',
  })
  async approvals(@Parent() plan: Plan, @Context() context: object): Promise<Approval[]> {
    return (await this.loaders.consultation(context, plan.id))?.approvals ?? [];
  }

  @Access.inherit()
  @ResolveField(() => Consultation, {
    description: 'Who agrees, who does not yet, and whether the plan can be adopted.',
  })
  async consultation(@Parent() plan: Plan, @Context() context: object): Promise<Consultation> {
    return (await this.loaders.consultation(context, plan.id)) as Consultation;
  }
}

@Resolver(() => Approval)
export class ApprovalResolver {
  constructor(private readonly loaders: ConsultationLoaders) {}

  @Access.inherit()
  @ResolveField(() => [PlanChange], {
    description:
      'Changes to the plan text since this decision, newest first: what the party has not seen.',
  })
  changesSince(
    @Parent() approval: Approval,
    @Context() context: object,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
  ): Promise<PlanChange[]> {
    return this.loaders.changesSince(
      context,
      approval.id,
      Math.min(Math.max(first, 1), MAX_CHANGES),
    );
  }
}

@Resolver(() => PlanSnapshot)
export class PlanSnapshotResolver {
  constructor(private readonly workflow: WorkflowService) {}

  @Access.inherit()
  @ResolveField(() => JsonObject, {
    description:
      'The plan as adopted: `plan`, `participants`, `stages` (items per bouwsteen and type, link ids folded in) and the `approvals` it rests on.',
  })
  graph(@Parent() snapshot: PlanSnapshot): Promise<Record<string, unknown>> {
    return this.workflow.graphOf(snapshot);
  }
}
