import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  DomainError,
  NotFoundError,
  recordAudit,
  translateDatabaseError,
} from '@oogo/api-core';
import { BEFORE_PLAN_WRITE, type BeforePlanWrite } from '@oogo/api-planning';
import { ErrorCode, ErrorReason, OrganizationKind } from '@oogo/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import {
  analyseFigureFile,
  Analysis,
  checkMapping,
  PlanFacts,
  PlanIndicator,
} from './figure-analysis';
import type {
  ConfirmFigureImportInput,
  FigureImportMappingInput,
  PreviewFigureImportInput,
} from './figure-import.inputs';
import type {
  FigureImportCounts,
  FigureImportPreview,
  FigureImportResult,
  FigureImportRow,
} from './figure-import.models';
import { storedValues, upsertMeasurements } from './measurement-upsert';
import { Area, FigureFile, FigureFileRefused, FigureMapping, openFigureFile } from './reading';
import { FileRefusedError } from './upload';

/** Nobody confirmed it in a day: the file goes at the next upload. */
const PENDING_HOURS = 24;
const ROWS_SHOWN = 50;

interface StoredImport {
  fileName: string;
  status: 'PENDING' | 'CONFIRMED';
  content: Buffer | null;
}

/** An import that was confirmed already; its file is gone. */
class ImportAlreadyDoneError extends DomainError {
  constructor() {
    super(
      ErrorCode.BAD_USER_INPUT,
      'This import was confirmed already; upload the file again to import it again',
      { reason: ErrorReason.IMPORT_ALREADY_DONE },
    );
  }
}

/** A whole-file refusal from the reader, as the error the client gets. */
function refused(error: unknown): unknown {
  if (!(error instanceof FigureFileRefused)) return error;
  const status = error.refusal === 'FILE_TOO_LARGE' ? HttpStatus.PAYLOAD_TOO_LARGE : undefined;
  return new FileRefusedError(error.refusal, error.message, status);
}

/** Reads the file; the plan's own gemeenten are known to it even when not real (the demo's). */
async function open(bytes: Buffer, fileName: string, planAreas: Area[]): Promise<FigureFile> {
  try {
    return await openFigureFile(bytes, fileName, { today: new Date(), extraAreas: planAreas });
  } catch (error) {
    throw refused(error);
  }
}

function mappingOf(
  file: FigureFile,
  input: FigureImportMappingInput | null | undefined,
): FigureMapping {
  const mapping: FigureMapping = input
    ? {
        areaColumn: input.areaColumn,
        periodColumn: input.periodColumn,
        valueColumns: input.valueColumns,
        indicatorColumn: input.indicatorColumn ?? null,
      }
    : file.detectedMapping;
  checkMapping(mapping, file.columns.length);
  return mapping;
}

async function analyse(
  file: FigureFile,
  mapping: FigureMapping,
  plan: PlanFacts,
  input: FigureImportMappingInput | null | undefined,
  fileName: string,
): Promise<Analysis> {
  try {
    return await analyseFigureFile(file, mapping, plan, input?.indicators ?? [], fileName);
  } catch (error) {
    // e.g. a formula deep in the file
    throw refused(error);
  }
}

/** The plan's participating gemeenten. */
function planAreas(manager: EntityManager, planId: string): Promise<Area[]> {
  return manager.query(
    `SELECT o.code, o.name FROM plan_organization po JOIN organization o ON o.id = po.organization_id
      WHERE po.plan_id = $1 AND o.kind = $2 AND o.code IS NOT NULL ORDER BY o.code`,
    [planId, OrganizationKind.GEMEENTE],
  ) as Promise<Area[]>;
}

async function planFacts(manager: EntityManager, planId: string): Promise<PlanFacts> {
  const indicators = (await manager.query(
    `SELECT id, name, unit, source, better_direction AS "betterDirection"
       FROM indicator WHERE plan_id = $1 ORDER BY created_at, id`,
    [planId],
  )) as PlanIndicator[];
  return { indicators, areas: await planAreas(manager, planId) };
}

/**
 * Figures from a file into a plan in three steps: upload (the file is read once to refuse a
 * bad one, then kept), preview (what confirming would do; writes nothing) and confirm (one
 * transaction, one audit entry).
 */
@Injectable()
export class FigureImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BEFORE_PLAN_WRITE) private readonly beforePlanWrite: BeforePlanWrite,
  ) {}

  /** Keeps an uploaded file for preview and confirm; @returns the import's id. */
  async upload(
    planId: string,
    fileName: string,
    bytes: Buffer,
    actor: Actor | undefined,
  ): Promise<string> {
    await open(bytes, fileName, await planAreas(this.dataSource.manager, planId));
    const [row] = (await this.dataSource.query(
      `WITH expired AS (
         DELETE FROM figure_import
          WHERE status = 'PENDING' AND created_at < now() - make_interval(hours => $5)
       )
       INSERT INTO figure_import (plan_id, uploaded_by, file_name, byte_size, content)
       VALUES ($1, $2, $3, $4, $6) RETURNING id`,
      [planId, actor?.userId ?? null, fileName, bytes.length, PENDING_HOURS, bytes],
    )) as { id: string }[];
    return (row as { id: string }).id;
  }

  async preview(
    input: PreviewFigureImportInput,
    _actor: Actor | undefined,
  ): Promise<FigureImportPreview> {
    const manager = this.dataSource.manager;
    const stored = await this.storedImport(manager, input.planId, input.importId);
    const plan = await planFacts(manager, input.planId);
    const file = await open(stored.content as Buffer, stored.fileName, plan.areas);
    const mapping = mappingOf(file, input.mapping);
    const analysis = await analyse(file, mapping, plan, input.mapping, stored.fileName);
    const previous = await storedValues(
      manager,
      analysis.figures,
      analysis.targets.map((target) => target.id),
    );

    const { figures, targets } = analysis;
    const counts: FigureImportCounts = { ...analysis.counts, create: 0, update: 0, unchanged: 0 };
    const toCreate: FigureImportRow[] = [];
    const toUpdate: FigureImportRow[] = [];
    const row = (i: number, previousValue: number | null): FigureImportRow => ({
      rowNumber: figures.rowNumber[i] as number,
      indicatorName: (targets[figures.target[i] as number] as { name: string }).name,
      areaCode: figures.areaCode[i] as string,
      areaName: figures.areaName[i] as string,
      period: (figures.period[i] as { code: string }).code,
      value: figures.value[i] as number,
      previousValue,
    });
    for (let i = 0; i < figures.value.length; i++) {
      const before = previous[i];
      if (before === undefined) {
        counts.create += 1;
        if (toCreate.length < ROWS_SHOWN) toCreate.push(row(i, null));
      } else if (before !== figures.value[i]) {
        counts.update += 1;
        if (toUpdate.length < ROWS_SHOWN) toUpdate.push(row(i, before));
      } else {
        counts.unchanged += 1;
      }
    }
    return {
      importId: input.importId,
      fileName: stored.fileName,
      format: file.format,
      encoding: file.encoding,
      delimiter: file.delimiter,
      decimalSeparator: file.decimalSeparator,
      columns: file.columns,
      mapping,
      indicators: analysis.indicators,
      counts,
      toCreate,
      toUpdate,
      rejected: analysis.rejected,
    };
  }

  async confirm(
    input: ConfirmFigureImportInput,
    actor: Actor | undefined,
  ): Promise<FigureImportResult> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Plan first, then its rows, like every content write; an adopted plan goes back to draft.
        await manager.query('SELECT 1 FROM plan WHERE id = $1 FOR NO KEY UPDATE', [input.planId]);
        await this.beforePlanWrite(manager, input.planId, actor);
        const stored = await this.storedImport(manager, input.planId, input.importId, true);
        const plan = await planFacts(manager, input.planId);
        const file = await open(stored.content as Buffer, stored.fileName, plan.areas);
        const mapping = mappingOf(file, input.mapping);
        const analysis = await analyse(file, mapping, plan, input.mapping, stored.fileName);
        const indicatorIds = await this.createIndicators(manager, input.planId, analysis);
        const written = await upsertMeasurements(
          manager,
          input.planId,
          analysis.figures,
          indicatorIds,
          stored.fileName,
        );
        const counts: FigureImportCounts = { ...analysis.counts, ...written };
        await manager.query(
          `UPDATE figure_import SET status = 'CONFIRMED', content = NULL, counts = $2, confirmed_at = now()
            WHERE id = $1`,
          [input.importId, JSON.stringify(counts)],
        );
        // One entry for the whole import; its plan event makes every open browser refetch.
        await recordAudit(manager, actor, {
          planId: input.planId,
          entity: 'FigureImport',
          entityId: input.importId,
          action: 'CREATE',
          before: null,
          after: { fileName: stored.fileName, counts },
        });
        return { importId: input.importId, fileName: stored.fileName, counts };
      });
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  /** The pending import of this plan (locked for confirm); another plan's is NOT_FOUND. */
  private async storedImport(
    manager: EntityManager,
    planId: string,
    importId: string,
    lock = false,
  ): Promise<StoredImport> {
    const [stored] = (await manager.query(
      `SELECT file_name AS "fileName", status, content FROM figure_import
        WHERE id = $1 AND plan_id = $2
          -- an upload nobody confirmed within the day is gone, even before the next upload
          AND (status = 'CONFIRMED' OR created_at >= now() - make_interval(hours => $3))
        ${lock ? 'FOR UPDATE' : ''}`,
      [importId, planId, PENDING_HOURS],
    )) as StoredImport[];
    if (!stored) throw new NotFoundError('FigureImport', importId);
    if (stored.status !== 'PENDING' || !stored.content) throw new ImportAlreadyDoneError();
    return stored;
  }

  /** @returns the indicator id of every target, creating the new ones. */
  private async createIndicators(
    manager: EntityManager,
    planId: string,
    analysis: Analysis,
  ): Promise<string[]> {
    const fresh = analysis.targets.filter((target) => !target.id);
    // One statement for all new indicators; each comes back under the name it was given.
    const created = fresh.length
      ? ((await manager.query(
          `INSERT INTO indicator (plan_id, name, unit, source, better_direction)
           SELECT $1, name, unit, source, direction::better_direction
             FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
                  AS t(name, unit, source, direction)
           RETURNING id, name`,
          [
            planId,
            fresh.map((target) => target.name),
            fresh.map((target) => target.unit),
            fresh.map((target) => target.source),
            fresh.map((target) => target.betterDirection),
          ],
        )) as { id: string; name: string }[])
      : [];
    const idOfName = new Map(created.map((row) => [row.name, row.id]));
    return analysis.targets.map((target) => target.id ?? (idOfName.get(target.name) as string));
  }
}
