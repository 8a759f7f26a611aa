export * from './collaboration.module';
export * from './live/plan-event-hub';
export * from './live/plan-event.model';
export * from './comments/comments.module';
export * from './comments/comment.model';
