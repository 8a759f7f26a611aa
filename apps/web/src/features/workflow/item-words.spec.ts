import { keyIn } from './item-words';
import { itemsNl } from './items.nl';

describe('keyIn', () => {
  it('finds a known item type, and falls back to "other" for a new one', () => {
    expect(keyIn(itemsNl.type, 'Activity', 'other')).toBe('Activity');
    expect(keyIn(itemsNl.type, 'SomethingNew', 'other')).toBe('other');
    expect(keyIn(itemsNl.type, 'toString', 'other')).toBe('other');
  });

  it('has a Dutch word for every item type a bouwsteen holds', () => {
    for (const type of [
      'Indicator',
      'Measurement',
      'Signal',
      'Analysis',
      'ReflectionAnswer',
      'SocietalResult',
      'ResultIndicator',
      'Activity',
      'LiteratureReference',
      'Contribution',
      'ActivityAssessment',
      'InterventionChecklistItem',
      'QualityCheck',
      'OutcomeMeasurement',
      'LearningReview',
      'ImprovementAction',
    ]) {
      expect(keyIn(itemsNl.type, type, 'other')).toBe(type);
      expect(keyIn(itemsNl.typePlural, type, 'other')).toBe(type);
    }
  });
});
