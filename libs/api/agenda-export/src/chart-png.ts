import { crc32, deflateSync } from 'node:zlib';
import type { ChartGeometry } from './bar-chart';
import { CHART_WIDTH } from './bar-chart';

// The picture Word shows when it cannot show SVG (Word before 2016): the same bars, grid and
// legend colours, without text (the numbers table right after it has every value and name).

function colour(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** The chart's geometry as a PNG (RGB, white background). */
export function chartPng(geometry: ChartGeometry): Buffer {
  const width = CHART_WIDTH;
  const height = Math.ceil(geometry.height);
  const pixels = Buffer.alloc(width * height * 3, 255);
  const fill = (x: number, y: number, w: number, h: number, hex: string) => {
    const [r, g, b] = colour(hex);
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(width, Math.round(x + w));
    const y1 = Math.min(height, Math.round(y + h));
    for (let row = y0; row < y1; row++) {
      for (let column = x0; column < x1; column++) {
        const at = (row * width + column) * 3;
        pixels[at] = r;
        pixels[at + 1] = g;
        pixels[at + 2] = b;
      }
    }
  };
  const span = geometry.axis.x2 - geometry.axis.x1;
  for (const line of geometry.grid) fill(geometry.axis.x1, line.y, span, 1, '#d0d0d0');
  for (const bar of geometry.bars) fill(bar.x, bar.y, bar.width, bar.height, bar.colour);
  fill(geometry.axis.x1, geometry.axis.y1, span, 1, '#333333');
  for (const item of geometry.legend) fill(item.x, item.y, 12, 12, item.colour);

  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let row = 0; row < height; row++) {
    pixels.copy(raw, row * (width * 3 + 1) + 1, row * width * 3, (row + 1) * width * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
