export * from './error-code';
export * from './organization-kind';
export * from './period';
export * from './planning-enums';
export * from './input-rules';
export * from './vocabulary-nl';
