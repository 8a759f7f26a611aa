import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';

export const defaultNS = 'translation';

void i18n.use(initReactI18next).init({
  lng: 'nl',
  fallbackLng: 'nl',
  defaultNS,
  resources: { nl: { [defaultNS]: nl } },
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export { i18n };
