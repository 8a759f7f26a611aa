import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AgendaDocument, AgendaSection, Block, TableBlock } from './agenda-document';
import { CHART_WIDTH, chartGeometry } from './bar-chart';
import { chartPng } from './chart-png';
import { chartSvg } from './render-html';

// The document as Word: real heading styles (Word's navigation pane), tables whose header row
// repeats on every page, Dutch as the language of every run, page numbers in the footer.

const LANGUAGE = { value: 'nl-NL' };
const HEADING = {
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
/** The chart's width on the page, in pixels at 96 per inch (about 16 cm). */
const CHART_PAGE_WIDTH = 600;

function cell(text: string, options: { header?: boolean; numeric?: boolean } = {}): TableCell {
  return new TableCell({
    borders: BORDERS,
    shading: options.header
      ? { type: ShadingType.CLEAR, fill: 'DDE6EF', color: 'auto' }
      : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header })],
      }),
    ],
  });
}

function table(block: TableBlock): (Paragraph | Table)[] {
  const numeric = new Set(block.numeric ?? []);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        // Repeated at the top of every page the table runs onto.
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.columns.map((column) => cell(column, { header: true })),
        }),
        ...block.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.map((text, index) => cell(text, { numeric: numeric.has(index) })),
            }),
        ),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

function blocks(item: Block): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[item.level], text: item.text })];
    case 'paragraph':
      return [new Paragraph({ text: item.text })];
    case 'warning':
      return [
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: 'B34700', space: 6 } },
          children: [new TextRun({ text: item.text, bold: true })],
        }),
      ];
    case 'facts':
      return item.items.map(
        (fact) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${fact.term}: `, bold: true }),
              new TextRun(fact.value),
            ],
          }),
      );
    case 'list':
      return item.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'table':
      return table(item);
    case 'chart': {
      const geometry = chartGeometry(item);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(chartSvg(item)),
              fallback: { type: 'png', data: chartPng(geometry) },
              transformation: {
                width: CHART_PAGE_WIDTH,
                height: Math.round((geometry.height * CHART_PAGE_WIDTH) / CHART_WIDTH),
              },
              altText: {
                name: item.table.caption,
                title: item.table.caption,
                description: item.description,
              },
            }),
          ],
        }),
        ...table(item.table),
      ];
    }
  }
}

function section(part: AgendaSection): (Paragraph | Table)[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      text: part.number === null ? part.title : `${part.number}. ${part.title}`,
    }),
    new Paragraph({ children: [new TextRun({ text: part.intro, italics: true })] }),
    ...part.blocks.flatMap(blocks),
  ];
}

function cover(document: AgendaDocument): Paragraph[] {
  const status = document.version ? `${document.status} (${document.version})` : document.status;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: document.title }),
    new Paragraph({
      children: [
        new TextRun({ text: `Ontwikkelagenda ${document.region}, ${document.period}`, size: 28 }),
      ],
    }),
    new Paragraph({
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: `Status: ${status}`, bold: true, size: 26 })],
    }),
    ...(document.description ? [new Paragraph({ text: document.description })] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Deelnemende organisaties' }),
    ...document.participants.map(
      (group) =>
        new Paragraph({
          children: [
            new TextRun({ text: `${group.kind}: `, bold: true }),
            new TextRun(group.names.join(', ')),
          ],
        }),
    ),
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun(`${document.madeOn} met OOGO Werkplaats.`)],
    }),
  ];
}

export function renderDocx(document: AgendaDocument): Promise<Buffer> {
  const run = { font: 'Arial', size: 21, language: LANGUAGE, color: '1A1A1A' };
  const heading = (size: number) => ({
    run: { font: 'Arial', size, bold: true, color: '0B2E4F', language: LANGUAGE },
  });
  const word = new Document({
    title: document.title,
    subject: `Ontwikkelagenda ${document.region} ${document.period}`,
    creator: 'OOGO Werkplaats',
    description: `${document.title}. ${document.status}. ${document.madeOn}.`,
    keywords: 'ontwikkelagenda, OOGO, jeugd, onderwijs',
    styles: {
      default: {
        document: { run, paragraph: { spacing: { after: 100 } } },
        title: {
          run: { font: 'Arial', size: 48, bold: true, color: '0B2E4F', language: LANGUAGE },
        },
        heading1: heading(36),
        heading2: heading(28),
        heading3: heading(24),
        heading4: heading(21),
        caption: { run: { font: 'Arial', size: 20, bold: true, italics: false, color: '1A1A1A' } },
      },
    },
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ children: [`${document.title} – pagina `, PageNumber.CURRENT] }),
                  new TextRun({ children: [' van ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [...cover(document), ...document.sections.flatMap(section)],
      },
    ],
  });
  return Packer.toBuffer(word);
}
