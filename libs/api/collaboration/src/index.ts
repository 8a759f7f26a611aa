export * from './collaboration.module';
export * from './live/plan-event-hub';
export * from './live/plan-event.model';
