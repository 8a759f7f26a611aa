import { Module } from '@nestjs/common';

/** Data out as files: the traceability matrix and measurements (CSV/XLSX), and one organisation's own data (AVG). */
@Module({})
export class DataExportModule {}
