/** @jest-environment jsdom */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n/i18n';
import type { FieldSpec } from './field-spec';
import { ItemForm } from './item-form';

const fields: FieldSpec[] = [
  { name: 'theme', label: 'Thema', kind: 'text', required: true, maxLength: 200 },
  {
    name: 'indicatorIds',
    label: 'Cijfers',
    kind: 'multiselect',
    options: [
      { value: 'i1', label: 'Jeugdhulp' },
      { value: 'i2', label: 'Verzuim' },
      { value: 'i3', label: 'Armoede' },
    ],
  },
];

const analysis = { id: 'a1', version: 3, theme: 'Mentaal', indicatorIds: ['i2'] };

/** The form for an analysis (null: a new one), with `save` and `onDone` to check. */
function renderForm(save: jest.Mock, item: typeof analysis | null = analysis) {
  const onDone = jest.fn();
  render(
    <ItemForm
      title={item ? 'Analyse bewerken' : 'Analyse toevoegen'}
      fields={fields}
      stage="YOUTH_SITUATION"
      item={item ?? undefined}
      save={save}
      onDone={onDone}
      onCancel={jest.fn()}
    />,
  );
  return onDone;
}

describe('ItemForm with a multiselect of linked ids', () => {
  it('shows the linked ids as checked boxes and sends only the changed set', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const onDone = renderForm(save);
    const group = screen.getByRole('group', { name: /Cijfers/ });
    expect(group).toBeTruthy();
    expect((screen.getByLabelText('Verzuim') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Jeugdhulp') as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByLabelText('Armoede'));
    fireEvent.click(screen.getByLabelText('Verzuim'));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(save).toHaveBeenCalledWith({ indicatorIds: ['i3'] }, 3);
  });

  it('adds a new item with an empty set when nothing is chosen', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    renderForm(save, null);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Vul dit veld in.');
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/Thema/), { target: { value: 'Verzuim' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith({ theme: 'Verzuim', indicatorIds: [] }, undefined),
    );
  });

  it('after a CONFLICT keeps my change of the links: the stored row does not hold them', async () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Conflict',
          extensions: {
            code: 'CONFLICT',
            current: { id: 'a1', version: 4, theme: 'Mentaal welbevinden' },
            changedBy: null,
          },
        },
      ],
    });
    const save = jest.fn().mockRejectedValueOnce(conflict).mockResolvedValue(undefined);
    const onDone = renderForm(save);
    fireEvent.click(screen.getByLabelText('Jeugdhulp'));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(save).toHaveBeenLastCalledWith({ indicatorIds: ['i1', 'i2'] }, 4);
  });
});
