/**
 * @jest-environment jsdom
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n/i18n';
import { CommentForm } from './comment-form';

const members = [
  { userId: 'a', displayName: 'Anna de Vries', organizationName: 'Gemeente Noorderveen' },
  { userId: 'b', displayName: 'Bram Bos', organizationName: 'Jeugdhulp De Linde' },
  { userId: 'c', displayName: 'Carla Noord', organizationName: 'GGD Veenmeren' },
];

/** Types into the text field as a user would: the new text, with the caret at its end. */
function type(textarea: HTMLTextAreaElement, text: string) {
  fireEvent.change(textarea, { target: { value: text } });
  textarea.setSelectionRange(text.length, text.length);
  fireEvent.select(textarea);
}

/** Presses a key; returns whether the text field's own behaviour was kept (not prevented). */
function press(textarea: HTMLTextAreaElement, key: string) {
  return fireEvent.keyDown(textarea, { key });
}

function setup() {
  const onSubmit = jest.fn(async () => undefined);
  render(
    <CommentForm
      label="Nieuwe reactie"
      submitLabel="Reactie plaatsen"
      members={members}
      onSubmit={onSubmit}
    />,
  );
  const textarea = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Nieuwe reactie' });
  textarea.focus();
  return { textarea, onSubmit };
}

afterEach(cleanup);

describe('the comment form with @mentions (combobox keyboard behaviour)', () => {
  it('offers the members on "@", tied to the text field by aria-controls and aria-activedescendant', () => {
    const { textarea } = setup();
    expect(textarea.getAttribute('aria-autocomplete')).toBe('list');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(textarea.hasAttribute('aria-activedescendant')).toBe(false);

    type(textarea, 'Vraag voor @noo');

    const listbox = screen.getByRole('listbox', { name: 'Deelnemers die u kunt noemen' });
    expect(textarea.getAttribute('aria-controls')).toBe(listbox.id);
    const options = screen.getAllByRole('option');
    // Carla Noord by name first, then Anna de Vries of Gemeente Noorderveen.
    expect(options.map((option) => option.textContent)).toEqual([
      'Carla NoordGGD Veenmeren',
      'Anna de VriesGemeente Noorderveen',
    ]);
    expect(textarea.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(options[1]?.getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe(
      '2 deelnemers gevonden. Kies met de pijltjestoetsen en Enter. Carla Noord, GGD Veenmeren. 1 van 2.',
    );
  });

  it('moves with the arrow keys (and wraps), keeping the focus in the text field', () => {
    const { textarea } = setup();
    type(textarea, '@noo');
    const [carla, anna] = screen.getAllByRole('option');

    expect(press(textarea, 'ArrowDown')).toBe(false);
    expect(textarea.getAttribute('aria-activedescendant')).toBe(anna?.id);
    expect(screen.getByRole('status').textContent).toContain(
      'Anna de Vries, Gemeente Noorderveen. 2 van 2.',
    );
    press(textarea, 'ArrowDown');
    expect(textarea.getAttribute('aria-activedescendant')).toBe(carla?.id);
    press(textarea, 'ArrowUp');
    expect(textarea.getAttribute('aria-activedescendant')).toBe(anna?.id);
    expect(document.activeElement).toBe(textarea);
  });

  it('puts the active member in the text with Enter (no new line), and sends them as a mention', async () => {
    const { textarea, onSubmit } = setup();
    type(textarea, 'Vraag voor @noo');
    press(textarea, 'ArrowDown');

    expect(press(textarea, 'Enter')).toBe(false);
    expect(textarea.value).toBe('Vraag voor @Anna de Vries ');
    expect(textarea.selectionStart).toBe(textarea.value.length);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(textarea.hasAttribute('aria-activedescendant')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Anna de Vries wordt genoemd.');

    type(textarea, `${textarea.value}wilt u kijken?`);
    // Closed again: Enter is the text field's own (a new line) again.
    expect(press(textarea, 'Enter')).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    });
    expect(onSubmit).toHaveBeenCalledWith('Vraag voor @Anna de Vries wilt u kijken?', ['a']);
  });

  it('closes with Escape for this "@" only, and does not mention a name the writer removed', async () => {
    const { textarea, onSubmit } = setup();
    type(textarea, '@br');
    expect(press(textarea, 'Escape')).toBe(false);
    expect(screen.queryByRole('listbox')).toBeNull();
    type(textarea, '@bra');
    expect(screen.queryByRole('listbox')).toBeNull();

    type(textarea, '@bra @an');
    expect(screen.getByRole('listbox')).toBeTruthy();
    press(textarea, 'Enter');
    expect(textarea.value).toBe('@bra @Anna de Vries ');
    type(textarea, '@bra en iemand anders');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    });
    expect(onSubmit).toHaveBeenCalledWith('@bra en iemand anders', []);
  });

  it('chooses with a click too, and says in Dutch what is wrong with an empty text', async () => {
    const { textarea, onSubmit } = setup();
    type(textarea, '@');
    fireEvent.click(screen.getByRole('option', { name: /Bram Bos/ }));
    expect(textarea.value).toBe('@Bram Bos ');

    type(textarea, '   ');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    });
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Vul dit veld in.')).toBeTruthy();
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
  });
});
