export * from './agenda-export.module';
export type { AgendaDocument } from './agenda-document';
export { AGENDA_EXPORT_PATH } from './agenda-export.controller';
