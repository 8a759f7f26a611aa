export * from './figure-import.module';
