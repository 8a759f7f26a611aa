import type { FeatureTexts } from './nl';
import { i18n } from './i18n';

/**
 * Adds a feature's texts when its chunk loads. Call it at the top level of the feature's
 * `*.nl.ts`, and import that file from the page that uses the texts.
 */
export function addTexts(texts: Partial<FeatureTexts>): void {
  i18n.addResourceBundle('nl', 'translation', texts, true, false);
}
