import { Module } from '@nestjs/common';

/** The ontwikkelagenda out as a document: DOCX and tagged PDF, of the plan or an adopted version. */
@Module({})
export class AgendaExportModule {}
