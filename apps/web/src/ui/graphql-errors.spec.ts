import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { showServerFieldErrors } from './graphql-errors';

function badInput(fieldErrors: Record<string, string[]>) {
  return new CombinedGraphQLErrors({
    errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fieldErrors } }],
  });
}

describe('showServerFieldErrors', () => {
  it('puts a message on the field it names, worded by `translate`', () => {
    const setError = jest.fn();
    const shown = showServerFieldErrors(
      badInput({ 'input.name': ['name must be shorter than or equal to 200 characters'] }),
      ['name', 'description'],
      setError,
      () => 'Gebruik hoogstens 200 tekens.',
    );
    expect(shown).toBe(true);
    expect(setError).toHaveBeenCalledWith('name', {
      type: 'server',
      message: 'Gebruik hoogstens 200 tekens.',
    });
  });

  it('puts a rule over several fields on those the form has (a pair that exists already)', () => {
    const setError = jest.fn();
    showServerFieldErrors(
      badInput({ 'activityId, period': ['already exists'] }),
      ['period'],
      setError,
    );
    expect(setError.mock.calls).toEqual([
      ['period', { type: 'server', message: 'already exists' }],
    ]);
  });

  it('says false when no field of the form is named, so the form shows a general message', () => {
    const setError = jest.fn();
    const error = badInput({ input: ['breaks the rule outcome_measurement_has_value'] });
    expect(showServerFieldErrors(error, ['period'], setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});
