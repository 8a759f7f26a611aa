import type { SignedIn } from '@oogo/api-access/testing';
import type { GraphqlResponse } from '@oogo/api-core/testing';

// The three steps of an import as the web takes them: upload over HTTP, preview and confirm
// over GraphQL.

export interface UploadResponse {
  status: number;
  body: { importId?: string; code?: string; reason?: string; message?: string };
}

/** POST /api/plans/:planId/figure-imports with the file as the body, as the web sends it. */
export async function uploadFile(
  baseUrl: string,
  person: SignedIn,
  planId: string,
  content: Buffer | string,
  fileName: string,
  contentType = 'application/octet-stream',
): Promise<UploadResponse> {
  const cookie = [...person.browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/api/plans/${planId}/figure-imports`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-file-name': encodeURIComponent(fileName),
      cookie,
    },
    body: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
  return { status: response.status, body: (await response.json()) as UploadResponse['body'] };
}

/** Uploads and returns the import id, failing the test on a refusal. */
export async function uploaded(
  baseUrl: string,
  person: SignedIn,
  planId: string,
  content: Buffer | string,
  fileName: string,
): Promise<string> {
  const response = await uploadFile(baseUrl, person, planId, content, fileName);
  if (response.status !== 201 || !response.body.importId) {
    throw new Error(`Upload failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.importId;
}

export const PREVIEW = `mutation ($input: PreviewFigureImportInput!) {
  previewFigureImport(input: $input) {
    importId fileName format encoding delimiter decimalSeparator
    columns { index header detectedRole samples }
    mapping { areaColumn periodColumn valueColumns indicatorColumn }
    indicators { sourceName indicatorId name unit betterDirection rowCount }
    counts { rows create update unchanged skippedMissing skippedOtherArea rejected newIndicators }
    toCreate { rowNumber indicatorName areaCode areaName period value previousValue }
    toUpdate { rowNumber indicatorName areaCode areaName period value previousValue }
    rejected { rowNumber problem cell hint }
  }
}`;

export const CONFIRM = `mutation ($input: ConfirmFigureImportInput!) {
  confirmFigureImport(input: $input) {
    importId fileName
    counts { rows create update unchanged skippedMissing skippedOtherArea rejected newIndicators }
  }
}`;

export interface Counts {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  skippedMissing: number;
  skippedOtherArea: number;
  rejected: number;
  newIndicators: number;
}

export interface ImportRow {
  rowNumber: number;
  indicatorName: string;
  areaCode: string;
  areaName: string;
  period: string;
  value: number;
  previousValue: number | null;
}

export interface Preview {
  importId: string;
  fileName: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  decimalSeparator: string;
  columns: { index: number; header: string; detectedRole: string; samples: string[] }[];
  mapping: {
    areaColumn: number;
    periodColumn: number;
    valueColumns: number[];
    indicatorColumn: number | null;
  };
  indicators: {
    sourceName: string;
    indicatorId: string | null;
    name: string;
    unit: string;
    betterDirection: string;
    rowCount: number;
  }[];
  counts: Counts;
  toCreate: ImportRow[];
  toUpdate: ImportRow[];
  rejected: { rowNumber: number; problem: string; cell: string; hint: string | null }[];
}

export interface Result {
  importId: string;
  fileName: string;
  counts: Counts;
}

export function preview(
  person: SignedIn,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<{ previewFigureImport: Preview }>> {
  return person.graphql<{ previewFigureImport: Preview }>(PREVIEW, { input });
}

export function confirm(
  person: SignedIn,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<{ confirmFigureImport: Result }>> {
  return person.graphql<{ confirmFigureImport: Result }>(CONFIRM, { input });
}

/** The data of a response, failing the test on any error. */
export function dataOf<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
