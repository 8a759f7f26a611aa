import { appendPage } from './paging';

describe('appendPage', () => {
  it('adds the older page after the shown entries, each entry once', () => {
    expect(appendPage([{ id: '9' }, { id: '8' }], [{ id: '8' }, { id: '7' }])).toEqual([
      { id: '9' },
      { id: '8' },
      { id: '7' },
    ]);
    expect(appendPage([], [{ id: '1' }])).toEqual([{ id: '1' }]);
  });
});
