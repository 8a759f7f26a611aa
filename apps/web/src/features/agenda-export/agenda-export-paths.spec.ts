import { agendaExportUrl } from './agenda-export-paths';

describe('agendaExportUrl', () => {
  it('points at the plan as it is now', () => {
    expect(agendaExportUrl('p-1', 'docx')).toBe('/api/plans/p-1/export/ontwikkelagenda.docx');
    expect(agendaExportUrl('p-1', 'pdf')).toBe('/api/plans/p-1/export/ontwikkelagenda.pdf');
  });

  it('points at an adopted version, with its id escaped', () => {
    expect(agendaExportUrl('p-1', 'pdf', 'v 2')).toBe(
      '/api/plans/p-1/export/ontwikkelagenda.pdf?versie=v%202',
    );
  });
});
