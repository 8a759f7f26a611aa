import { addTexts } from '../../i18n/add-texts';

/** Ontwikkelagenda downloaden: the plan or a version as a Word or PDF document (B1 Dutch). */
export const agendaExportNl = {
  title: 'Ontwikkelagenda downloaden',
  intro:
    'Download het plan als document, bijvoorbeeld voor de gemeenteraad of het schoolbestuur. Het document heeft alle bouwstenen, de resultaten met streefwaarden en de besluiten.',
  introVersion:
    'Download deze vastgestelde versie als document. Het document laat het plan zien zoals het toen is vastgesteld.',
  docx: 'Download als Word-bestand (DOCX)',
  pdf: 'Download als PDF-bestand',
  docxVersion: 'Download versie {{number}} als Word-bestand (DOCX)',
  pdfVersion: 'Download versie {{number}} als PDF-bestand',
} as const;

addTexts({ agendaExport: agendaExportNl });
