#!/usr/bin/env node
/**
 * Draws the add-in's icons (a page with two filled lines and a pen stroke) at the sizes Office asks for and writes
 * them to assets/. Plain PNG encoding with zlib keeps this free of image dependencies; the output is committed.
 */
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf2, 0xb7, 0x05];

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function icon(u, v) {
  // the page
  if (!inRoundRect(u, v, 0.14, 0.06, 0.86, 0.94, 0.08)) return [0, 0, 0, 0];
  const inner = inRoundRect(u, v, 0.22, 0.14, 0.78, 0.86, 0.04);
  if (!inner) return [...BLUE, 255];
  // three "filled" lines, the last one a dotted blank in gold
  const line = (y) => v > y && v < y + 0.075;
  if (line(0.26) && u > 0.3 && u < 0.7) return [...BLUE, 255];
  if (line(0.44) && u > 0.3 && u < 0.7) return [...BLUE, 255];
  if (line(0.62) && u > 0.3 && u < 0.7 && Math.floor(u * 14) % 2 === 0) return [...GOLD, 255];
  return [...WHITE, 255];
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size, icon));
}
console.log("icons written to assets/");
