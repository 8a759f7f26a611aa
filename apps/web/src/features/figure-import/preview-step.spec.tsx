/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing/react';
import type { FigureImportPreviewFieldsFragment } from '@oogo/web-data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInDutch } from '../../testing/render';
import { ConfirmFigureImport, PreviewFigureImport } from './figure-import.operations';
import { PreviewStep } from './preview-step';
import './figure-import.nl';

const PLAN_ID = '6f1c2d9e-0000-4000-8000-000000000001';
const IMPORT_ID = '6f1c2d9e-0000-4000-8000-0000000000aa';
const INDICATOR_ID = '6f1c2d9e-0000-4000-8000-0000000000bb';

const counts = (values: Partial<FigureImportPreviewFieldsFragment['counts']>) => ({
  __typename: 'FigureImportCounts' as const,
  rows: 0,
  create: 0,
  update: 0,
  unchanged: 0,
  skippedMissing: 0,
  skippedOtherArea: 0,
  rejected: 0,
  newIndicators: 0,
  ...values,
});

const row = (rowNumber: number, value: number, previousValue: number | null = null) => ({
  __typename: 'FigureImportRow' as const,
  rowNumber,
  indicatorName: 'Jongeren met jeugdhulp',
  areaCode: 'GM1997',
  areaName: 'Gemeente Noorderveen',
  period: '2025',
  value,
  previousValue,
});

/** A StatLine-like wide file: gemeente, period, one indicator, and a remarks column. */
function preview(
  overrides: Partial<FigureImportPreviewFieldsFragment> = {},
): FigureImportPreviewFieldsFragment {
  return {
    __typename: 'FigureImportPreview',
    importId: IMPORT_ID,
    fileName: 'jeugdhulp.csv',
    format: 'CSV',
    encoding: 'UTF-8',
    delimiter: ';',
    decimalSeparator: ',',
    columns: [
      ["Regio's", 'AREA', ['Noorderveen', 'Haverdijk']],
      ['Perioden', 'PERIOD', ['2025']],
      ['Jongeren met jeugdhulp (%)', 'VALUE', ['12,1', '10,9']],
      ['Opmerking', 'IGNORE', ['voorlopig']],
    ].map(([header, detectedRole, samples], index) => ({
      __typename: 'FigureImportColumn' as const,
      index,
      header: header as string,
      detectedRole: detectedRole as 'AREA',
      samples: samples as string[],
    })),
    mapping: {
      __typename: 'FigureImportMapping',
      areaColumn: 0,
      periodColumn: 1,
      valueColumns: [2],
      indicatorColumn: null,
    },
    indicators: [
      {
        __typename: 'FigureImportIndicator',
        sourceName: 'Jongeren met jeugdhulp (%)',
        indicatorId: INDICATOR_ID,
        name: 'Jongeren met jeugdhulp',
        unit: '%',
        betterDirection: 'LOWER',
        rowCount: 3,
      },
    ],
    counts: counts({ rows: 1234, create: 1200, update: 3, unchanged: 40, rejected: 1 }),
    toCreate: [row(2, 12.1)],
    toUpdate: [row(3, 10.9, 11.2)],
    rejected: [
      {
        __typename: 'FigureImportRejectedRow',
        rowNumber: 5,
        problem: 'MERGED_AREA',
        cell: 'Weesp',
        hint: 'opgegaan in Amsterdam (GM0363) in 2022',
      },
    ],
    ...overrides,
  };
}

function renderStep(mocks: MockedResponse[], onImported = jest.fn()) {
  renderInDutch(
    <MockedProvider mocks={mocks}>
      <PreviewStep
        planId={PLAN_ID}
        initial={preview()}
        planIndicators={[{ id: INDICATOR_ID, name: 'Jongeren met jeugdhulp', unit: '%' }]}
        onImported={onImported}
        onCancel={jest.fn()}
      />
    </MockedProvider>,
  );
  return { onImported };
}

afterEach(cleanup);

describe('the preview step of a figure import', () => {
  it('shows the file, the counts in words and each rejected row with its Dutch reason', () => {
    renderStep([]);
    expect(screen.getByText(/Er is nog niets opgeslagen/)).toBeTruthy();
    expect(screen.getByText('puntkomma (;)')).toBeTruthy();
    expect(screen.getByText('komma (12,5)')).toBeTruthy();
    const counts = screen.getByRole('heading', { name: 'Wat er gaat veranderen' }).parentElement;
    expect(within(counts as HTMLElement).getByText('Het bestand heeft 1.234 rijen met cijfers.'));
    expect(
      within(counts as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1.200 nieuwe cijfers', '3 gewijzigd', '40 al gelijk', '1 afgekeurd']);
    // Only the first rows come along: the page says so.
    expect(screen.getByText('U ziet de eerste 1 van 1.200.')).toBeTruthy();

    const rejected = screen.getByRole('table', { name: 'Afgekeurde rijen' });
    const cells = within(rejected)
      .getAllByRole('row')[1]
      ?.querySelectorAll('th, td') as NodeListOf<HTMLElement>;
    expect([...cells].map((cell) => cell.textContent)).toEqual([
      '5',
      'Deze gemeente bestaat niet meer: samengevoegd of een nieuwe naam.',
      'Weesp',
      'opgegaan in Amsterdam (GM0363) in 2022',
    ]);
    const changed = screen.getByRole('table', { name: 'Cijfers die veranderen' });
    expect(within(changed).getByText('11,2')).toBeTruthy();
    expect(within(changed).getByText('10,9')).toBeTruthy();
  });

  it('asks for a new preview with the chosen columns, and shows it when it comes', async () => {
    const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3], indicatorColumn: null };
    const variables = { input: { planId: PLAN_ID, importId: IMPORT_ID, mapping } };
    const answer = preview({
      mapping: { __typename: 'FigureImportMapping', ...mapping },
      counts: counts({ rows: 10, create: 7, update: 0, skippedOtherArea: 300 }),
      toUpdate: [],
      rejected: [],
    });
    renderStep([
      {
        request: { query: PreviewFigureImport, variables },
        result: { data: { previewFigureImport: answer } },
        delay: 20,
      },
    ]);

    fireEvent.change(screen.getByLabelText('Kolom 4: Opmerking'), { target: { value: 'VALUE' } });
    // While the api reads: the old preview stays, marked as being updated.
    expect(screen.getByText('Dit overzicht wordt bijgewerkt.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importeren' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Bezig met bijwerken…')).toBeTruthy();

    await screen.findByText('300 van gemeenten buiten dit plan overgeslagen');
    expect(screen.queryByText('Dit overzicht wordt bijgewerkt.')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Bijgewerkt. 7 nieuwe cijfers');
    expect(screen.getByText('Er veranderen geen cijfers.')).toBeTruthy();
    expect(screen.getByText('Geen rijen afgekeurd.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importeren' })).toHaveProperty('disabled', false);
  });

  it('keeps the choice after a failed preview, blocks the import and offers to try again', async () => {
    const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3], indicatorColumn: null };
    const request = {
      query: PreviewFigureImport,
      variables: { input: { planId: PLAN_ID, importId: IMPORT_ID, mapping } },
    };
    renderStep([
      {
        request,
        result: {
          errors: [
            {
              message: 'A cell starts with a formula',
              extensions: { code: 'BAD_USER_INPUT', reason: 'FORMULA_IN_FILE' },
            },
          ],
        },
      },
      {
        request,
        result: {
          data: {
            previewFigureImport: preview({
              mapping: { __typename: 'FigureImportMapping', ...mapping },
              counts: counts({ rows: 10, create: 9 }),
            }),
          },
        },
      },
    ]);
    const column = screen.getByLabelText('Kolom 4: Opmerking');
    fireEvent.change(column, { target: { value: 'VALUE' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Het bestand bevat formules.');
    expect((column as HTMLSelectElement).value).toBe('VALUE');
    expect(screen.getByRole('button', { name: 'Importeren' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByText('9 nieuwe cijfers');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Importeren' })).toHaveProperty('disabled', false);
  });

  it('says which column is missing instead of asking the api', () => {
    renderStep([]);
    fireEvent.change(screen.getByLabelText("Kolom 1: Regio's"), { target: { value: 'IGNORE' } });
    expect(screen.getByRole('alert').textContent).toBe('Kies precies één kolom als Gemeente.');
    expect(screen.getByRole('button', { name: 'Importeren' })).toHaveProperty('disabled', true);
  });

  it('imports with a new indicator, its unit and direction, and says what went wrong in Dutch', async () => {
    const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2], indicatorColumn: null };
    const chosen = { sourceName: 'Jongeren met jeugdhulp (%)', indicatorId: null };
    const reread = {
      request: {
        query: PreviewFigureImport,
        variables: {
          input: {
            planId: PLAN_ID,
            importId: IMPORT_ID,
            mapping: {
              ...mapping,
              indicators: [{ ...chosen, unit: '%', betterDirection: 'LOWER' }],
            },
          },
        },
      },
      result: { data: { previewFigureImport: preview() } },
    };
    const confirmWith = (unit: string) => ({
      query: ConfirmFigureImport,
      variables: {
        input: {
          planId: PLAN_ID,
          importId: IMPORT_ID,
          mapping: { ...mapping, indicators: [{ ...chosen, unit, betterDirection: 'HIGHER' }] },
        },
      },
    });
    const { onImported } = renderStep([
      reread,
      {
        request: confirmWith('procent'),
        result: {
          errors: [
            {
              message: 'This figures import was confirmed already',
              extensions: { code: 'BAD_USER_INPUT', reason: 'IMPORT_ALREADY_DONE' },
            },
          ],
        },
      },
    ]);

    fireEvent.change(
      screen.getByLabelText('Cijfer in het plan voor “Jongeren met jeugdhulp (%)”'),
      {
        target: { value: '' },
      },
    );
    const unit = await screen.findByLabelText('Eenheid van “Jongeren met jeugdhulp (%)”');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Importeren' })).toHaveProperty('disabled', false),
    );
    fireEvent.change(unit, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    // No unit: said at the field, and focus goes there; nothing is sent.
    expect(unit.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(unit);

    fireEvent.change(unit, { target: { value: 'procent' } });
    fireEvent.change(screen.getByLabelText('Wat is beter bij “Jongeren met jeugdhulp (%)”?'), {
      target: { value: 'HIGHER' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText(/Dit bestand is al geïmporteerd/)).toBeTruthy();
    expect(onImported).not.toHaveBeenCalled();
  });
});
