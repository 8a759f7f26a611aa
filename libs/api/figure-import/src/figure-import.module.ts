import { Module } from '@nestjs/common';

/** Staat van de jeugd figures in from CSV/XLSX files: upload, preview, confirm. */
@Module({})
export class FigureImportModule {}
