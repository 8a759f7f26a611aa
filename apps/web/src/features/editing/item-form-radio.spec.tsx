/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n/i18n';
import type { FieldSpec } from './field-spec';
import { ItemForm } from './item-form';

const fields: FieldSpec[] = [
  {
    name: 'status',
    label: 'Is dit helder?',
    description: 'Is de doelgroep helder omschreven?',
    kind: 'radio',
    required: true,
    options: [
      { value: 'CLEAR', label: 'Helder' },
      { value: 'UNCLEAR', label: 'Niet helder' },
    ],
  },
  { name: 'explanation', label: 'Toelichting', kind: 'textarea', maxLength: 4000 },
];

function renderForm(item?: { id: string; version: number; status: string; explanation: string }) {
  const save = jest.fn().mockResolvedValue(undefined);
  const onDone = jest.fn();
  render(
    <ItemForm
      title="Doelgroep bewerken"
      fields={fields}
      stage="ACTIVITIES"
      item={item}
      save={save}
      onDone={onDone}
      onCancel={jest.fn()}
    />,
  );
  return { save, onDone };
}

describe('ItemForm with a radio field', () => {
  it('renders the options as a labelled radio group with its help text', () => {
    renderForm();
    const group = screen.getByRole('radiogroup', { name: 'Is dit helder?' });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Helder' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Niet helder' })).toBeTruthy();
    expect(screen.getByText('Is de doelgroep helder omschreven?')).toBeTruthy();
  });

  it('asks for a choice before saving a new item, then sends the chosen value', async () => {
    const { save, onDone } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Maak een keuze.');
    expect(save).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('radio', { name: 'Niet helder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(save).toHaveBeenCalledWith({ status: 'UNCLEAR', explanation: '' }, undefined);
  });

  it('starts from the stored value and sends only what changed, with the version', async () => {
    const { save } = renderForm({ id: 'i', version: 3, status: 'CLEAR', explanation: '' });
    expect((screen.getByRole('radio', { name: 'Helder' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Niet helder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ status: 'UNCLEAR' }, 3));
  });
});
