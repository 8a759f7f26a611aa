export * from './data-export.module';
