import type { Writable } from 'node:stream';
import { BOM, csvLine } from './cells';
import type { Table } from './table';
import { writeChunk } from './stream';

// Lines are gathered into chunks of this many characters: one write per line would cost
// a syscall-sized overhead per row of a 200,000-row export.
const CHUNK = 64 * 1024;

/** A table as CSV for Dutch Excel: UTF-8 with BOM, semicolons, decimal comma, CRLF. */
export async function writeCsv(out: Writable, table: Table): Promise<void> {
  let chunk = BOM + csvLine(table.columns.map((column) => column.header));
  for await (const row of table.rows) {
    chunk += csvLine(row);
    if (chunk.length >= CHUNK) {
      await writeChunk(out, chunk);
      chunk = '';
    }
  }
  if (chunk) await writeChunk(out, chunk);
}
