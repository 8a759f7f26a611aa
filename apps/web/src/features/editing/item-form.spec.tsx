/**
 * @jest-environment jsdom
 */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderInDutch } from '../../testing/render';
import type { FieldSpec } from './field-spec';
import { ItemForm } from './item-form';

const fields: FieldSpec[] = [
  { name: 'statement', label: 'Resultaat', kind: 'textarea', required: true, maxLength: 20 },
  { name: 'targetValue', label: 'Streefwaarde', kind: 'number' },
];
const item = { id: 'r1', version: 3, statement: 'Oud', targetValue: 10 };

function conflict(current: Record<string, unknown>) {
  return new CombinedGraphQLErrors({
    errors: [
      {
        message: 'changed',
        extensions: {
          code: 'CONFLICT',
          current,
          changedBy: {
            displayName: 'Anna',
            organizationName: 'Gemeente X',
            at: '2026-11-25T09:42:00Z',
          },
        },
      },
    ],
  });
}

function setup(save: jest.Mock) {
  const onDone = jest.fn();
  renderInDutch(
    <ItemForm
      title="Resultaat bewerken"
      fields={fields}
      stage="SOCIETAL_RESULTS"
      item={item}
      save={save}
      onDone={onDone}
      onCancel={jest.fn()}
    />,
  );
  return { onDone };
}

const type = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () =>
  act(async () => fireEvent.click(screen.getByRole('button', { name: 'Opslaan' })));

describe('ItemForm', () => {
  it('checks the rules before sending, in Dutch, next to the field', async () => {
    const save = jest.fn();
    setup(save);
    type(/^Resultaat$/, '');
    type(/^Streefwaarde/, 'tien');
    await submit();

    expect(await screen.findByText('Vul dit veld in.')).toBeTruthy();
    expect(screen.getByText('Vul een getal in.')).toBeTruthy();
    expect(screen.getByLabelText(/^Resultaat$/).getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
  });

  it('sends only the changed fields, with the version the form was opened on', async () => {
    const save = jest.fn().mockResolvedValue({});
    const { onDone } = setup(save);
    type(/^Streefwaarde/, '12,5');
    await submit();

    expect(save).toHaveBeenCalledWith({ targetValue: 12.5 }, 3);
    expect(onDone).toHaveBeenCalled();
  });

  it('keeps both changes without asking when someone else changed another field', async () => {
    const save = jest
      .fn()
      .mockRejectedValueOnce(
        conflict({ id: 'r1', version: 4, statement: 'Hun tekst', targetValue: '10' }),
      )
      .mockResolvedValueOnce({});
    const { onDone } = setup(save);
    type(/^Streefwaarde/, '12');
    await submit();

    await waitFor(() => expect(save).toHaveBeenLastCalledWith({ targetValue: 12 }, 4));
    expect(onDone).toHaveBeenCalled();
  });

  it('shows both versions of a field both changed, and saves the choice on the new version', async () => {
    const save = jest
      .fn()
      .mockRejectedValueOnce(
        conflict({ id: 'r1', version: 4, statement: 'Hun tekst', targetValue: '10' }),
      )
      .mockResolvedValueOnce({});
    setup(save);
    type(/^Resultaat$/, 'Mijn tekst');
    await submit();

    expect(await screen.findByText('Twee mensen veranderden hetzelfde.')).toBeTruthy();
    expect(screen.getByText('Versie van Anna (Gemeente X)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Samenvoegen: beide teksten, zelf aanpassen'));
    expect((screen.getByLabelText('Samengevoegde tekst') as HTMLTextAreaElement).value).toBe(
      'Hun tekst\n\nMijn tekst',
    );
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan met deze keuzes' })),
    );

    expect(save).toHaveBeenLastCalledWith({ statement: 'Hun tekst\n\nMijn tekst' }, 4);
  });
});
