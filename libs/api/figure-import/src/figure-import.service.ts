import { Injectable } from '@nestjs/common';
import type { Actor } from '@oogo/api-core';
import type { ConfirmFigureImportInput, PreviewFigureImportInput } from './figure-import.inputs';
import type { FigureImportPreview, FigureImportResult } from './figure-import.models';

@Injectable()
export class FigureImportService {
  async upload(
    _planId: string,
    _fileName: string,
    _bytes: Buffer,
    _actor: Actor | undefined,
  ): Promise<string> {
    throw new Error('not implemented yet');
  }

  async preview(
    _input: PreviewFigureImportInput,
    _actor: Actor | undefined,
  ): Promise<FigureImportPreview> {
    throw new Error('not implemented yet');
  }

  async confirm(
    _input: ConfirmFigureImportInput,
    _actor: Actor | undefined,
  ): Promise<FigureImportResult> {
    throw new Error('not implemented yet');
  }
}
