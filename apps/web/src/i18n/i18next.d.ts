import 'i18next';
import type { Translations } from './nl';

// Typed keys: a misspelt or missing key is a type error, not a blank on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}
