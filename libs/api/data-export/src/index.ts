export * from './data-export.module';
export { ORGANIZATION_EXPORT_FORMAT } from './organization-export/organization-export.service';
export * from './writing/cells';
export * from './writing/table';
export { writeCsv } from './writing/csv-writer';
export { writeXlsx } from './writing/xlsx-writer';
