export * from './error-code';
export * from './organization-kind';
