import type { AgendaDocument } from './agenda-document';
import { footerHtml, renderHtml } from './render-html';

const hostile = '<img src=x onerror="alert(1)"> & </table>';

const document: AgendaDocument = {
  title: `Plan ${hostile}`,
  region: 'Regio <b>',
  period: '2025–2028',
  description: hostile,
  status: 'Concept',
  version: null,
  madeOn: 'Gemaakt op 1 januari 2026',
  participants: [{ kind: 'Gemeenten', names: [hostile] }],
  sections: [
    {
      number: 1,
      title: 'Staat van de jeugd',
      intro: 'Intro',
      blocks: [
        { kind: 'heading', level: 2, text: hostile },
        { kind: 'list', items: [hostile] },
        {
          kind: 'chart',
          description: `Staafdiagram ${hostile}`,
          unit: '%',
          periods: ['2023', '2024'],
          series: [{ name: hostile, values: [1.5, null] }],
          table: {
            kind: 'table',
            caption: hostile,
            columns: ['Gebied', '2023', '2024'],
            rows: [[hostile, '1,5', '–']],
            numeric: [1, 2],
          },
        },
      ],
    },
  ],
};

describe('renderHtml', () => {
  const html = renderHtml(document);

  it('writes every text as text, never as markup', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;/table&gt;');
    expect(footerHtml(document)).not.toContain('<img');
  });

  it('is a Dutch page with a title, table semantics and a labelled chart', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('<title>Plan &lt;img');
    expect(html).toContain('<th scope="col">2023</th>');
    expect(html).toContain('<th scope="row">&lt;img');
    expect(html).toContain('<td class="number">1,5</td>');
    expect(html).toMatch(/<caption>&lt;img/);
    expect(html).toMatch(/<svg [^>]*role="img" aria-label="Staafdiagram &lt;img/);
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
});
