export * from './plan-factory';
