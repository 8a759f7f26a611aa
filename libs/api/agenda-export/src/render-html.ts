import type {
  AgendaDocument,
  AgendaSection,
  Block,
  ChartBlock,
  TableBlock,
} from './agenda-document';
import { CHART_WIDTH, chartGeometry } from './bar-chart';

// The document as one self-contained HTML page (no scripts, no outside resources) with a print
// stylesheet, for Chromium to turn into a tagged PDF. Every text goes through `escape`.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}

const STYLE = `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.45; color: #1a1a1a; background: #fff; }
body { margin: 0; }
h1, h2, h3, h4 { color: #0b2e4f; line-height: 1.25; break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 7mm 0 3mm; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
p, ul { margin: 0 0 2.5mm; }
ul { padding-left: 6mm; }
li { margin-bottom: 1mm; }
.cover { min-height: 240mm; display: flex; flex-direction: column; }
.cover h1 { font-size: 26pt; margin-top: 30mm; }
.cover .subtitle { font-size: 14pt; }
.cover .status { font-size: 13pt; font-weight: bold; border-left: 3mm solid #0b2e4f;
  padding: 2mm 4mm; margin: 6mm 0; background: #eef3f8; }
.cover .made { margin-top: auto; color: #333; }
section.stage { break-before: page; }
.intro { font-style: italic; color: #333; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 3mm; }
dt { font-weight: bold; }
dd { margin: 0; }
.warning { border-left: 3mm solid #b34700; background: #fdf0e6; padding: 2mm 3mm; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; margin-bottom: 1.5mm; caption-side: top; }
th, td { border: 0.3mm solid #8c8c8c; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
thead th { background: #dde6ef; }
tbody th { font-weight: normal; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure.chart { margin: 0 0 4mm; break-inside: avoid; }
figure.chart svg { display: block; width: 100%; height: auto; margin-bottom: 2mm; }
`;

function table(block: TableBlock): string {
  const numeric = new Set(block.numeric ?? []);
  const rowHeaders = block.rowHeaders !== false;
  const head = block.columns.map((column) => `<th scope="col">${escape(column)}</th>`).join('');
  const rows = block.rows
    .map((row) => {
      const cells = row.map((cell, index) =>
        index === 0 && rowHeaders
          ? `<th scope="row">${escape(cell)}</th>`
          : `<td${numeric.has(index) ? ' class="number"' : ''}>${escape(cell)}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table><caption>${escape(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The chart as inline SVG: one picture with a label for assistive technology. */
export function chartSvg(chart: ChartBlock): string {
  const geometry = chartGeometry(chart);
  const parts = [
    ...geometry.grid.map(
      (line) =>
        `<line x1="${geometry.axis.x1}" x2="${geometry.axis.x2}" y1="${round(line.y)}" y2="${round(line.y)}" stroke="#d0d0d0" stroke-width="1"/>` +
        `<text x="${geometry.axis.x1 - 6}" y="${round(line.y + 4)}" text-anchor="end" font-size="11" fill="#333">${escape(line.label)}</text>`,
    ),
    ...geometry.bars.map(
      (bar) =>
        `<rect x="${round(bar.x)}" y="${round(bar.y)}" width="${round(bar.width)}" height="${round(bar.height)}" fill="${bar.colour}"/>`,
    ),
    `<line x1="${geometry.axis.x1}" x2="${geometry.axis.x2}" y1="${geometry.axis.y1}" y2="${geometry.axis.y2}" stroke="#333" stroke-width="1"/>`,
    ...geometry.periodLabels.map(
      (label) =>
        `<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="middle" font-size="11" fill="#333">${escape(label.text)}</text>`,
    ),
    ...geometry.legend.map(
      (item) =>
        `<rect x="${round(item.x)}" y="${round(item.y)}" width="12" height="12" fill="${item.colour}"/>` +
        `<text x="${round(item.x + 17)}" y="${round(item.y + 10)}" font-size="11" fill="#1a1a1a">${escape(item.text)}</text>`,
    ),
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(chart.description)}" ` +
    `viewBox="0 0 ${CHART_WIDTH} ${geometry.height}" width="${CHART_WIDTH}" height="${geometry.height}" font-family="DejaVu Sans, Arial, sans-serif">` +
    parts.join('') +
    '</svg>'
  );
}

function block(item: Block): string {
  switch (item.kind) {
    case 'heading':
      return `<h${item.level}>${escape(item.text)}</h${item.level}>`;
    case 'paragraph':
      return `<p>${escape(item.text)}</p>`;
    case 'warning':
      return `<p class="warning">${escape(item.text)}</p>`;
    case 'facts':
      return `<dl>${item.items
        .map((fact) => `<dt>${escape(fact.term)}</dt><dd>${escape(fact.value)}</dd>`)
        .join('')}</dl>`;
    case 'list':
      return `<ul>${item.items.map((text) => `<li>${escape(text)}</li>`).join('')}</ul>`;
    case 'table':
      return table(item);
    case 'chart':
      // The numbers right with the picture, in one unbroken figure.
      return `<figure class="chart">${chartSvg(item)}${table(item.table)}</figure>`;
  }
}

function section(part: AgendaSection): string {
  const title = part.number === null ? part.title : `${part.number}. ${part.title}`;
  return `<section class="stage"><h1>${escape(title)}</h1><p class="intro">${escape(part.intro)}</p>${part.blocks
    .map(block)
    .join('\n')}</section>`;
}

export function renderHtml(document: AgendaDocument): string {
  const participants = document.participants
    .map((group) => `<dt>${escape(group.kind)}</dt><dd>${escape(group.names.join(', '))}</dd>`)
    .join('');
  const status = document.version ? `${document.status} (${document.version})` : document.status;
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escape(document.title)}</title>
<meta name="description" content="${escape(`Ontwikkelagenda ${document.region} ${document.period}`)}">
<style>${STYLE}</style>
</head>
<body>
<header class="cover">
<h1>${escape(document.title)}</h1>
<p class="subtitle">Ontwikkelagenda ${escape(document.region)}, ${escape(document.period)}</p>
<p class="status">Status: ${escape(status)}</p>
${document.description ? `<p>${escape(document.description)}</p>` : ''}
<h2>Deelnemende organisaties</h2>
<dl>${participants}</dl>
<p class="made">${escape(document.madeOn)} met OOGO Werkplaats.</p>
</header>
<main>
${document.sections.map(section).join('\n')}
</main>
</body>
</html>`;
}

/** The page footer Chromium prints on every page (its own small HTML, escaped the same way). */
export function footerHtml(document: AgendaDocument): string {
  return (
    '<div style="font-size:8pt;color:#333;width:100%;padding:0 18mm;display:flex;justify-content:space-between;font-family:Arial,sans-serif">' +
    `<span>${escape(document.title)}</span>` +
    '<span>Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>'
  );
}
