import { feedFiltersOf, feedSearchParams, hasFilters } from './feed-filters';

const haverdijk = '6f1c1f7e-6c3b-4a52-9a55-3a4f0d6d2b11';

describe('the feed filters in the address', () => {
  it('reads the bouwsteen by its Dutch slug and the organisation by id', () => {
    const filters = feedFiltersOf(
      new URLSearchParams(`bouwsteen=activiteiten&organisatie=${haverdijk}`),
      [haverdijk],
    );
    expect(filters).toEqual({ stage: 'ACTIVITIES', organizationId: haverdijk });
    expect(hasFilters(filters)).toBe(true);
  });

  it('leaves out what it does not know, instead of showing an empty feed', () => {
    expect(
      feedFiltersOf(new URLSearchParams('bouwsteen=bestaat-niet&organisatie=iemand-anders'), [
        haverdijk,
      ]),
    ).toEqual({ stage: null, organizationId: null });
    expect(hasFilters({ stage: null, organizationId: null })).toBe(false);
  });

  it('writes the filters back, and nothing without filters', () => {
    expect(feedSearchParams({ stage: 'LEARNING', organizationId: haverdijk }).toString()).toBe(
      `bouwsteen=leren-en-verbeteren&organisatie=${haverdijk}`,
    );
    expect(feedSearchParams({ stage: null, organizationId: null }).toString()).toBe('');
  });
});
