import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Access, actorOf } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { ConfirmFigureImportInput, PreviewFigureImportInput } from './figure-import.inputs';
import { FigureImportPreview, FigureImportResult } from './figure-import.models';
import { FigureImportService } from './figure-import.service';

/** Preview and confirm of an uploaded figures file (the upload itself is plain HTTP). */
@Resolver()
export class FigureImportResolver {
  constructor(private readonly imports: FigureImportService) {}

  @Access.planRole(PlanRole.EDITOR, { planIdAt: 'input.planId' })
  @Mutation(() => FigureImportPreview, {
    description:
      'What importing the uploaded file with this mapping would do; writes nothing to the plan. A file refused while reading: BAD_USER_INPUT with the reason (e.g. FORMULA_IN_FILE).',
  })
  previewFigureImport(
    @Args('input') input: PreviewFigureImportInput,
    @Context() context: object,
  ): Promise<FigureImportPreview> {
    return this.imports.preview(input, actorOf(context));
  }

  @Access.planRole(PlanRole.EDITOR, { planIdAt: 'input.planId' })
  @Mutation(() => FigureImportResult, {
    description:
      'Imports the figures in one transaction (new indicators, new and changed measurements) and records it in the audit trail. Importing the same figures again changes nothing. A second confirm: BAD_USER_INPUT with reason IMPORT_ALREADY_DONE.',
  })
  confirmFigureImport(
    @Args('input') input: ConfirmFigureImportInput,
    @Context() context: object,
  ): Promise<FigureImportResult> {
    return this.imports.confirm(input, actorOf(context));
  }
}
