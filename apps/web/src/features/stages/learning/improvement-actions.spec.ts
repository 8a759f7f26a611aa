import { isOverdue, sortActions, type ActionLike } from './improvement-actions';

describe('improvement actions', () => {
  it('is overdue only while open and after its date', () => {
    const action: ActionLike = { title: 'A', status: 'PLANNED', dueDate: '2025-06-01' };
    expect(isOverdue(action, '2025-06-02')).toBe(true);
    expect(isOverdue(action, '2025-06-01')).toBe(false);
    expect(isOverdue({ ...action, status: 'IN_PROGRESS' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ ...action, status: 'DONE' }, '2026-01-01')).toBe(false);
    expect(isOverdue({ ...action, status: 'CANCELLED' }, '2026-01-01')).toBe(false);
    expect(isOverdue({ ...action, dueDate: null }, '2026-01-01')).toBe(false);
  });

  it('puts what needs attention first: in progress, planned by date, then done and stopped', () => {
    const actions: ActionLike[] = [
      { title: 'Klaar', status: 'DONE', dueDate: '2025-01-01' },
      { title: 'Zonder datum', status: 'PLANNED', dueDate: null },
      { title: 'Later', status: 'PLANNED', dueDate: '2025-10-01' },
      { title: 'Gestopt', status: 'CANCELLED', dueDate: '2024-01-01' },
      { title: 'Eerder', status: 'PLANNED', dueDate: '2025-07-01' },
      { title: 'Bezig', status: 'IN_PROGRESS', dueDate: '2025-09-01' },
    ];
    expect(sortActions(actions).map((action) => action.title)).toEqual([
      'Bezig',
      'Eerder',
      'Later',
      'Zonder datum',
      'Klaar',
      'Gestopt',
    ]);
  });
});
