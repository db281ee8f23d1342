// Draws the extension's icon (images/icon.png, 128x128): a ringing alarm bell (a tocsin) on a
// dark rounded square. Shapes are distance tests per pixel
// with 4x4 supersampling; the PNG is written by hand (zlib deflate, CRC-32).
// Run: node scripts/draw-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const BACKGROUND = [0x1b, 0x2a, 0x41];
const BELL = [0xf2, 0xb1, 0x34];
const ACCENT = [0xe8, 0x4a, 0x3c];

const roundedSquare = (x, y) => {
  const r = 22;
  const dx = Math.max(Math.abs(x - 64) - (64 - r), 0);
  const dy = Math.max(Math.abs(y - 64) - (64 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
/** The bell: a dome on a flaring skirt, a rim, a clapper and a handle. */
const bell = (x, y) => {
  const cx = 64;
  if (y >= 30 && y <= 84) {
    const t = (y - 30) / 54;
    const half = 14 + 8 * Math.sqrt(t) + 10 * t * t * t;
    if (Math.abs(x - cx) <= half && !(y < 42 && (x - cx) ** 2 / 22 ** 2 + (y - 42) ** 2 / 12 ** 2 > 1)) return true;
  }
  if (y > 84 && y <= 90 && Math.abs(x - cx) <= 36) return true;
  if ((x - cx) ** 2 + (y - 95) ** 2 <= 7 * 7) return true;
  return (x - cx) ** 2 + (y - 26) ** 2 <= 6 * 6 && (x - cx) ** 2 + (y - 26) ** 2 >= 3 * 3;
};
/** Two strike marks either side of the bell: it is ringing. */
const strikes = (x, y) => {
  for (const side of [-1, 1]) {
    for (const [r0, r1] of [[40, 44], [48, 52]]) {
      const dx = (x - 64) * side;
      const dy = y - 52;
      const d = Math.hypot(dx, dy);
      if (d >= r0 && d <= r1 && dx > 0 && Math.abs(dy) < dx * 0.7) return true;
    }
  }
  return false;
};

function pixel(x, y) {
  let rgba = [0, 0, 0, 0];
  const samples = 4;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      const sx = x + (i + 0.5) / samples;
      const sy = y + (j + 0.5) / samples;
      if (!roundedSquare(sx, sy)) continue;
      const color = bell(sx, sy) ? BELL : strikes(sx, sy) ? ACCENT : BACKGROUND;
      rgba = [rgba[0] + color[0], rgba[1] + color[1], rgba[2] + color[2], rgba[3] + 255];
    }
  }
  const n = samples * samples;
  const covered = rgba[3] / 255;
  return covered ? [rgba[0] / covered, rgba[1] / covered, rgba[2] / covered, rgba[3] / n].map(Math.round) : [0, 0, 0, 0];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
