import { differenceCount, nameOfItem, readVersion } from './snapshot-graph';

// The shape the api freezes (libs/api/planning/src/workflow/frozen-plan.ts, format 1).
const graph = {
  format: 1,
  plan: {
    id: 'plan',
    title: 'Ontwikkelagenda Veenmeren',
    region: 'Regio Veenmeren',
    description: 'Samen voor de jeugd.',
    periodStartYear: 2026,
    periodEndYear: 2029,
    participantIds: ['a', 'b'],
  },
  participants: [
    { id: 'a', kind: 'GEMEENTE', name: 'Gemeente Haverdijk', code: 'GM1998' },
    { id: 'b', kind: 'PARTNER', name: 'GGD Veenmeren', code: null },
  ],
  stages: [
    {
      stage: 'ACTIVITIES',
      items: {
        ActivityAssessment: [{ id: 's1', criterion: 'GOAL_ORIENTED', rating: 'MEETS' }],
        Activity: [
          { id: 'a1', name: 'Jeugdhulp op school' },
          { id: 'a2', name: '  ' },
        ],
        Contribution: [],
      },
    },
    { stage: 'YOUTH_SITUATION', items: { Measurement: [{ id: 'm1', period: '2024JJ00' }] } },
  ],
  approvals: [
    {
      organizationId: 'a',
      organizationName: 'Gemeente Haverdijk',
      decision: 'AGREE',
      givenByName: 'Anna',
      givenAt: '2026-03-03T13:05:00.000Z',
    },
  ],
};

describe('readVersion', () => {
  const version = readVersion(graph);

  it('reads the plan, its participants and the approvals it rests on', () => {
    expect(version).toMatchObject({
      title: 'Ontwikkelagenda Veenmeren',
      region: 'Regio Veenmeren',
      periodStartYear: 2026,
      periodEndYear: 2029,
      participants: [
        { id: 'a', name: 'Gemeente Haverdijk', kind: 'GEMEENTE' },
        { id: 'b', name: 'GGD Veenmeren', kind: 'PARTNER' },
      ],
      approvals: [
        {
          organizationName: 'Gemeente Haverdijk',
          decision: 'AGREE',
          givenByName: 'Anna',
          givenAt: '2026-03-03T13:05:00.000Z',
        },
      ],
    });
  });

  it('has all six bouwstenen in order, with item types in the order of the stage pages', () => {
    expect(version.stages.map((stage) => stage.stage)).toEqual([
      'YOUTH_SITUATION',
      'SOCIETAL_RESULTS',
      'ACTIVITIES',
      'QUALITY',
      'OUTCOMES',
      'LEARNING',
    ]);
    const activities = version.stages[2];
    expect(activities?.count).toBe(3);
    expect(activities?.groups).toEqual([
      {
        type: 'Activity',
        named: true,
        items: [
          { id: 'a1', label: 'Jeugdhulp op school' },
          { id: 'a2', label: null },
        ],
      },
      { type: 'ActivityAssessment', named: false, items: [{ id: 's1', label: null }] },
    ]);
    expect(version.stages[1]).toEqual({ stage: 'SOCIETAL_RESULTS', groups: [], count: 0 });
  });

  it('shows what it can of JSON it does not recognise, instead of breaking', () => {
    expect(readVersion(null)).toMatchObject({ title: '', participants: [], approvals: [] });
    expect(readVersion({ stages: 'nope', plan: [] }).stages).toHaveLength(6);
  });
});

describe('nameOfItem', () => {
  it('takes the first name-like field with text', () => {
    expect(nameOfItem({ title: '', name: 'Loket toegang jeugd' })).toBe('Loket toegang jeugd');
    expect(nameOfItem({ statement: 'Minder verzuim' })).toBe('Minder verzuim');
    expect(nameOfItem({ criterion: 'COHERENT' })).toBeNull();
  });
});

describe('differenceCount', () => {
  it('adds up the added, changed and removed items', () => {
    expect(differenceCount({ added: [1], changed: [1, 2], removed: [] })).toBe(3);
  });
});
