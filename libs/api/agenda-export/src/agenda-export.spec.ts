import { AccessModule } from '@oogo/api-access';
import { createUser, joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { seedDemoData, PlanningModule } from '@oogo/api-planning';
import { createItem, createOrganization, createPlan, mutate } from '@oogo/api-planning/testing';
import { startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import JSZip from 'jszip';
import { execFile } from 'node:child_process';
import { Client } from 'pg';
import { AgendaExportModule } from './agenda-export.module';

// The ontwikkelagenda of the demo plan over real HTTP, opened the way a reader's software
// would: the DOCX unzipped and its XML read, the PDF's text extracted and its tags checked.
// Every PDF test lives in this file, so Chromium starts once.

const database = useTestDatabase();

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

interface Party {
  id: string;
  name: string;
  kind: string;
}

const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** The text of word/document.xml, paragraph by paragraph. */
async function docxText(bytes: Buffer): Promise<{ text: string; xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    )
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { text, xml, zip };
}

// pdf.js (inside pdf-parse) loads its worker with a dynamic import, which jest's module
// sandbox refuses: the text is extracted by a plain node process instead.
const EXTRACT_TEXT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const { text } = await parser.getText();
  await parser.destroy();
  process.stdout.write(text);
});`;

function pdfText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', EXTRACT_TEXT],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(collapse(stdout))),
    );
    child.stdin?.end(bytes);
  });
}

describe('the ontwikkelagenda as DOCX and PDF', () => {
  let api: TestApi;
  let baseUrl: string;
  let sql: Client;
  let planId: string;
  let parties: Party[];
  let coordinator: SignedIn;
  let viewer: SignedIn;
  let results: {
    statement: string;
    baseline: number;
    baselineYear: number;
    target: number;
    targetYear: number;
    unit: string;
  }[];

  const exportPath = (format: 'docx' | 'pdf', plan = planId, version?: string) =>
    `/api/plans/${plan}/export/ontwikkelagenda.${format}${version ? `?versie=${version}` : ''}`;

  async function download(person: SignedIn | null, path: string): Promise<Download> {
    const cookie = person
      ? [...person.browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
      : '';
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  async function member(organizationId: string, role: 'COORDINATOR' | 'EDITOR' | 'VIEWER') {
    const person = await signIn(api.url, database.url);
    await joinPlan(database.url, planId, person.user.id, role, organizationId);
    return person;
  }

  const partyNamed = (name: string) => parties.find((party) => party.name === name) as Party;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule, AgendaExportModule]);
    baseUrl = api.url.replace(/\/graphql$/, '');
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    planId = (await seedDemoData(database.url, { onlyIfEmpty: false })) as string;
    parties = (
      await sql.query<Party>(
        `SELECT o.id, o.name, o.kind FROM plan_organization po
           JOIN organization o ON o.id = po.organization_id WHERE po.plan_id = $1`,
        [planId],
      )
    ).rows;
    coordinator = await member(partyNamed('Gemeente Noorderveen').id, 'COORDINATOR');
    viewer = await member(partyNamed('GGD Veenmeren').id, 'VIEWER');
    results = (
      await sql.query(
        `SELECT r.statement, ri.baseline_value AS baseline, ri.baseline_year AS "baselineYear",
                ri.target_value AS target, ri.target_year AS "targetYear", i.unit
           FROM societal_result r
           JOIN result_indicator ri ON ri.societal_result_id = r.id
           JOIN indicator i ON i.id = ri.indicator_id
          WHERE r.plan_id = $1`,
        [planId],
      )
    ).rows;
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  const value = (number: number, unit: string) =>
    unit === '%' ? `${dutch.format(number)}%` : `${dutch.format(number)} ${unit}`;

  describe('the plan as it is now', () => {
    let docx: Download;
    let pdf: Download;

    beforeAll(async () => {
      // One party has decided, so the agreement shows a decision beside the waiting ones.
      const kompas = partyNamed('Stichting Kompas Primair Onderwijs');
      const editor = await member(kompas.id, 'EDITOR');
      await mutate(
        editor.graphql,
        'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
        { input: { planId, organizationId: kompas.id, decision: 'AGREE' } },
      );
      let started = performance.now();
      docx = await download(viewer, exportPath('docx'));
      const docxMs = performance.now() - started;
      started = performance.now();
      pdf = await download(viewer, exportPath('pdf'));
      const pdfMs = performance.now() - started;
      process.stdout.write(
        `demo plan: DOCX ${Math.round(docxMs)} ms, ${docx.bytes.length} bytes; ` +
          `PDF (browser start included) ${Math.round(pdfMs)} ms, ${pdf.bytes.length} bytes\n`,
      );
    }, 120_000);

    it('downloads as a Word file named after the region and today', () => {
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(docx.headers.get('content-disposition')).toMatch(
        /^attachment; filename="ontwikkelagenda-regio-veenmeren-\d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''[\w.-]+$/,
      );
      expect(docx.headers.get('cache-control')).toBe('no-store');
    });

    it('has every result with its baseline and target in the DOCX, in Dutch numbers', async () => {
      const { text } = await docxText(docx.bytes);

      expect(results.length).toBeGreaterThan(3);
      for (const result of results) {
        expect(text).toContain(result.statement);
        expect(text).toContain(`${value(result.baseline, result.unit)} (${result.baselineYear})`);
        expect(text).toContain(`${value(result.target, result.unit)} in ${result.targetYear}`);
      }
      // The demo's verzuim target, written the Dutch way.
      expect(text).toContain('1,8 per 1.000 leerplichtigen in 2027 (norm)');
    });

    it('has the six bouwstenen and the agreement as Word headings, in Dutch', async () => {
      const { text, xml, zip } = await docxText(docx.bytes);
      const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
      const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';

      for (const heading of [
        '1. Staat van de jeugd',
        '2. Maatschappelijke resultaten',
        '3. Activiteiten',
        '4. Kwaliteit',
        '5. Outcome',
        '6. Leren en verbeteren',
        'Akkoord',
      ]) {
        expect(text.split('\n')).toContain(heading);
      }
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
      expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
      expect(xml).toContain('<w:tblHeader/>');
      expect(styles).toContain('w:lang w:val="nl-NL"');
      expect(core).toContain(
        '<dc:title>Ontwikkelagenda Onderwijs en Jeugd Veenmeren 2025–2028</dc:title>',
      );
      expect(text).toContain('Status: In OOGO-overleg');
      expect(text).toContain(
        'Gemeenten: Gemeente Haverdijk, Gemeente Lindewolde, Gemeente Noorderveen',
      );
    });

    it('says where each gemeente and schoolbestuur stands', async () => {
      const { text } = await docxText(docx.bytes);
      const lines = text.split('\n');
      const after = (name: string) =>
        lines.slice(lines.lastIndexOf(name), lines.lastIndexOf(name) + 3);

      expect(after('Stichting Kompas Primair Onderwijs')).toEqual([
        'Stichting Kompas Primair Onderwijs',
        'Schoolbestuur',
        'Akkoord',
      ]);
      expect(after('Gemeente Haverdijk')).toEqual([
        'Gemeente Haverdijk',
        'Gemeente',
        'Nog geen besluit',
      ]);
    });

    it('draws each indicator as a chart with alt text, its numbers in a table beside it', async () => {
      const { text, xml, zip } = await docxText(docx.bytes);
      const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));

      expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
      expect(media.some((name) => name.endsWith('.png'))).toBe(true);
      expect(xml).toMatch(
        /descr="Staafdiagram: Jongeren met jeugdhulp \(%\) per gebied en periode/,
      );
      expect(text).toContain('Jongeren met jeugdhulp (%) per gebied en periode');
    });

    it('downloads as a PDF with the same results and targets', async () => {
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toMatch(
        /^attachment; filename="ontwikkelagenda-regio-veenmeren-\d{4}-\d{2}-\d{2}\.pdf"; filename\*=UTF-8''[\w.-]+$/,
      );
      const text = await pdfText(pdf.bytes);

      for (const result of results) {
        expect(text).toContain(collapse(result.statement));
        expect(text).toContain(value(result.target, result.unit));
        expect(text).toContain(`${value(result.baseline, result.unit)} (${result.baselineYear})`);
      }
      expect(text).toContain('1. Staat van de jeugd');
      expect(text).toContain('6. Leren en verbeteren');
      expect(text).toMatch(/Pagina 2 van \d+/);
    });

    it('is a tagged PDF in Dutch, with headings in its structure', () => {
      const raw = pdf.bytes.toString('latin1');

      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toMatch(/\/MarkInfo\s*<<[^>]*\/Marked\s+true/);
      expect(raw).toMatch(/\/Lang\s*\(nl/);
      expect(raw).toMatch(/\/S\s*\/H1\b/);
      expect(raw).toMatch(/\/S\s*\/H2\b/);
      expect(raw).toMatch(/\/S\s*\/Table\b/);
      expect(raw).toMatch(/\/S\s*\/TH\b/);
    });
  });

  describe('an adopted version', () => {
    let snapshot: { id: string; number: number; adoptedAt: string };
    const added = 'Elk kind heeft een plek om na school te spelen (toegevoegd na vaststelling).';

    beforeAll(async () => {
      for (const party of parties.filter((party) => party.kind !== 'PARTNER')) {
        const decider =
          party.name === 'Gemeente Noorderveen' ? coordinator : await member(party.id, 'EDITOR');
        await mutate(
          decider.graphql,
          'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
          { input: { planId, organizationId: party.id, decision: 'AGREE' } },
        );
      }
      const { plan } = await mutate<{ plan: { version: number } }>(
        coordinator.graphql,
        'query ($id: ID!) { plan(id: $id) { version } }',
        { id: planId },
      );
      const adopted = await mutate<{
        adoptPlan: { snapshot: { id: string; number: number; adoptedAt: string } };
      }>(
        coordinator.graphql,
        'mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { snapshot { id number adoptedAt } } }',
        { input: { planId, version: plan.version } },
      );
      snapshot = adopted.adoptPlan.snapshot;
      // The plan goes on after adoption; the version must not.
      await createItem(coordinator.graphql, 'SocietalResult', { planId, statement: added });
    }, 120_000);

    const adoptedOn = () =>
      new Intl.DateTimeFormat('nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(snapshot.adoptedAt));

    it('exports the version as adopted, without later changes (DOCX)', async () => {
      const docx = await download(viewer, exportPath('docx', planId, snapshot.id));
      const { text } = await docxText(docx.bytes);

      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-disposition')).toMatch(
        /filename="ontwikkelagenda-regio-veenmeren-vastgesteld-\d{4}-\d{2}-\d{2}\.docx"/,
      );
      expect(text).toContain(`Status: Vastgesteld op ${adoptedOn()} (Versie ${snapshot.number})`);
      expect(text).not.toContain(added);
      for (const result of results) expect(text).toContain(result.statement);
      const lines = text.split('\n');
      for (const party of parties.filter((party) => party.kind !== 'PARTNER')) {
        const at = lines.lastIndexOf(party.name);
        expect(lines[at + 2]).toBe('Akkoord');
        expect(lines[at + 3]).toMatch(/^Persoon \d+$/);
        expect(lines[at + 4]).toBe(adoptedOn());
      }
    });

    it('exports the version as adopted, without later changes (PDF)', async () => {
      const pdf = await download(viewer, exportPath('pdf', planId, snapshot.id));
      const text = await pdfText(pdf.bytes);

      expect(pdf.status).toBe(200);
      expect(text).toContain(`Vastgesteld op ${adoptedOn()}`);
      expect(text).not.toContain(collapse(added));
      for (const result of results) expect(text).toContain(collapse(result.statement));
    });

    it('exports the plan as it is now with the change, as a concept again', async () => {
      const { text } = await docxText((await download(viewer, exportPath('docx'))).bytes);

      expect(text).toContain(added);
      expect(text).toContain('Status: Concept');
    });

    it('does not find a version of another plan, nor an id that is no version', async () => {
      const other = await signIn(api.url, database.url);
      const gemeente = await createOrganization(other.graphql, 'GEMEENTE');
      const otherPlan = await createPlan(other.graphql, [], gemeente.id);
      await mutate(
        other.graphql,
        'mutation ($input: ChangePlanStatusInput!) { changePlanStatus(input: $input) { id } }',
        { input: { planId: otherPlan.id, version: otherPlan.version, status: 'IN_CONSULTATION' } },
      );
      await mutate(
        other.graphql,
        'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
        { input: { planId: otherPlan.id, organizationId: gemeente.id, decision: 'AGREE' } },
      );
      const otherVersion = await mutate<{ adoptPlan: { snapshot: { id: string } } }>(
        other.graphql,
        'mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { snapshot { id } } }',
        { input: { planId: otherPlan.id, version: otherPlan.version + 1 } },
      );

      for (const version of [otherVersion.adoptPlan.snapshot.id, 'abc', crypto.randomUUID()]) {
        const response = await download(viewer, exportPath('docx', planId, version));
        expect(response.status).toBe(404);
        expect(JSON.parse(response.bytes.toString()).code).toBe('NOT_FOUND');
      }
    });
  });

  describe('access', () => {
    it('is not found for someone who does not take part, and needs a sign-in', async () => {
      const outsider = await signIn(api.url, database.url, await createUser(database.url));

      for (const format of ['docx', 'pdf'] as const) {
        const response = await download(outsider, exportPath(format));
        expect(response.status).toBe(404);
        expect(JSON.parse(response.bytes.toString())).toMatchObject({ code: 'NOT_FOUND' });
        expect((await download(null, exportPath(format))).status).toBe(401);
      }
    });
  });
});
