import './per-activity.nl';
import { i18n } from '../../../i18n/i18n';
import { periodLabel } from './period-label';

describe('periodLabel', () => {
  const t = i18n.t.bind(i18n);

  it.each([
    ['2024JJ00', '2024'],
    ['2024KW02', '2e kwartaal 2024'],
    ['2024MM03', 'maart 2024'],
    ['iets anders', 'iets anders'],
  ])('%s → %s', (code, label) => {
    expect(periodLabel(code, t, 'nl-NL')).toBe(label);
  });
});
