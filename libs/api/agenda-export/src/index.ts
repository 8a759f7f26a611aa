export * from './agenda-export.module';
