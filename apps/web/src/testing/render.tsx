import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';

/** Renders a component as the app does: with the Dutch texts. */
export function renderInDutch(element: ReactElement): RenderResult {
  return render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}
