import {
  approvalInput,
  decisionSchema,
  partyStateKey,
  preselectedOrganization,
  REASON_MAX_LENGTH,
  statusActions,
  waitingForNames,
} from './workflow-rules';

const messages = { choose: 'Maak een keuze.', required: 'Vul dit veld in.', tooLong: 'Te lang.' };
const schema = decisionSchema(messages);

function errorsOf(values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('statusActions: the steps the coordinator can take', () => {
  it('brings a concept into consultation', () => {
    expect(statusActions('DRAFT', false)).toEqual(['IN_CONSULTATION']);
  });

  it('withdraws a plan in consultation, and adopts it only when everyone agrees', () => {
    expect(statusActions('IN_CONSULTATION', false)).toEqual(['DRAFT']);
    expect(statusActions('IN_CONSULTATION', true)).toEqual(['ADOPT', 'DRAFT']);
  });

  it('offers nothing for an adopted plan: the next change makes it a concept by itself', () => {
    expect(statusActions('ADOPTED', false)).toEqual([]);
  });
});

describe('decisionSchema: the decision form', () => {
  it('asks for an organisation and a decision', () => {
    expect(errorsOf({ organizationId: '', decision: undefined, reason: '' })).toEqual({
      organizationId: 'Maak een keuze.',
      decision: 'Maak een keuze.',
    });
  });

  it('takes an agreement without a reason', () => {
    expect(errorsOf({ organizationId: 'org', decision: 'AGREE', reason: '' })).toEqual({});
  });

  it('requires a reason for an objection, and not a blank one', () => {
    expect(errorsOf({ organizationId: 'org', decision: 'OBJECT', reason: '   ' })).toEqual({
      reason: 'Vul dit veld in.',
    });
    expect(
      errorsOf({
        organizationId: 'org',
        decision: 'OBJECT',
        reason: 'x'.repeat(REASON_MAX_LENGTH + 1),
      }),
    ).toEqual({ reason: 'Te lang.' });
    expect(
      errorsOf({ organizationId: 'org', decision: 'OBJECT', reason: 'Te weinig geld.' }),
    ).toEqual({});
  });
});

describe('approvalInput', () => {
  it('sends the trimmed reason with an objection only', () => {
    expect(
      approvalInput('plan', { organizationId: 'org', decision: 'OBJECT', reason: '  Nee. ' }),
    ).toEqual({ planId: 'plan', organizationId: 'org', decision: 'OBJECT', reason: 'Nee.' });
    expect(
      approvalInput('plan', { organizationId: 'org', decision: 'AGREE', reason: 'vergeten tekst' }),
    ).toEqual({ planId: 'plan', organizationId: 'org', decision: 'AGREE', reason: null });
  });
});

describe('preselectedOrganization', () => {
  const parties = [
    { organization: { id: 'haverdijk' }, approval: { givenByUserId: 'anna' } },
    { organization: { id: 'kompas' }, approval: null },
  ];

  it('starts with the organisation the viewer decided for earlier in this round', () => {
    expect(preselectedOrganization(parties, 'anna')).toBe('haverdijk');
  });

  it('chooses nothing when it cannot know', () => {
    expect(preselectedOrganization(parties, 'bert')).toBe('');
    expect(preselectedOrganization(parties, null)).toBe('');
  });

  it('chooses the only party there is', () => {
    expect(preselectedOrganization([{ organization: { id: 'kompas' } }], null)).toBe('kompas');
  });
});

describe('waitingForNames', () => {
  it('reads the names from the api error details of a refused adoption', () => {
    expect(
      waitingForNames({
        code: 'BAD_USER_INPUT',
        waitingFor: [
          { organizationId: '1', name: 'Gemeente Haverdijk', state: 'STALE' },
          { organizationId: '2', name: 'Stichting Kompas Primair Onderwijs', state: 'WAITING' },
        ],
      }),
    ).toEqual(['Gemeente Haverdijk', 'Stichting Kompas Primair Onderwijs']);
    expect(waitingForNames({ code: 'BAD_USER_INPUT' })).toEqual([]);
    expect(waitingForNames(null)).toEqual([]);
  });
});

describe('partyStateKey', () => {
  it('tells an objection to an older text apart from an agreement to one', () => {
    expect(partyStateKey('STALE', 'AGREE')).toBe('STALE');
    expect(partyStateKey('STALE', 'OBJECT')).toBe('STALE_OBJECTION');
    expect(partyStateKey('OBJECTED', 'OBJECT')).toBe('OBJECTED');
    expect(partyStateKey('WAITING', null)).toBe('WAITING');
  });
});
