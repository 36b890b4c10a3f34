#!/usr/bin/env node
// `node scripts/makeIcons.cjs`: draws the add-in's icons (assets/icon-{16,32,64,80,128}.png) — a sheet with three
// rising bars, the targets of the plan — as RGBA PNGs on a transparent background, as Office's ribbon expects
// (16, 32 and 80 px) and the manifest's IconUrl (32) and HighResolutionIconUrl (64) use. Deterministic: the same
// bytes every run (test/addin/manifest.test.ts draws them again and compares).
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65]; // Excel's green, #107C41
const BARS = [
  { left: 0.27, right: 0.39, top: 0.6, color: [111, 191, 142] },
  { left: 0.44, right: 0.56, top: 0.45, color: [51, 160, 111] },
  { left: 0.61, right: 0.73, top: 0.28, color: GREEN },
];

/** The colour at a point of the unit square (x right, y down), or null where the icon is transparent. */
function colourAt(x, y, size) {
  const sheet = { left: 0.14, right: 0.86, top: 0.06, bottom: 0.94, radius: 0.1 };
  // The outline stays at least a pixel wide at 16 px.
  const border = Math.max(1.2 / size, 0.065);
  const inside = (inset) => roundedRect(x, y, sheet.left + inset, sheet.right - inset, sheet.top + inset, sheet.bottom - inset, Math.max(0, sheet.radius - inset));
  if (!inside(0)) return null;
  if (!inside(border)) return GREEN;
  for (const b of BARS) if (x >= b.left && x <= b.right && y >= b.top && y <= 0.8) return b.color;
  return [255, 255, 255];
}

function roundedRect(x, y, left, right, top, bottom, r) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA pixels, each the average of 8 × 8 samples (smooth edges, a partly covered edge partly transparent). */
function pixels(size) {
  const n = 8;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        out[i] = Math.round(r / covered);
        out[i + 1] = Math.round(g / covered);
        out[i + 2] = Math.round(b / covered);
      }
      out[i + 3] = Math.round((255 * covered) / (n * n));
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The icon as a PNG file: 8-bit RGBA, no interlace, every scanline unfiltered. */
function renderIcon(size) {
  const rgba = pixels(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  const idat = zlib.deflateSync(Buffer.concat(rows), { level: 9 });
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

module.exports = { renderIcon, SIZES };

if (require.main === module) {
  const dir = path.join(__dirname, "..", "assets");
  for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), renderIcon(size));
  process.stdout.write(`Wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(", ")}\n`);
}
