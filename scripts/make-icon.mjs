// Generates media/icon.png (128×128 RGBA): a magnifying lens over lines of text on a navy tile, with a red seal.
// Pure Node (zlib for the PNG stream), so the icon can be regenerated anywhere: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // 4×4 supersampling per pixel for smooth edges

// Shapes as "is this point inside?" tests, painted bottom to top.
const roundedSquare = (x, y, inset, radius) => {
  const lo = inset + radius;
  const hi = SIZE - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
};
const ring = (cx, cy, rOuter, rInner) => (x, y) => {
  const d2 = (x - cx) ** 2 + (y - cy) ** 2;
  return d2 <= rOuter * rOuter && d2 >= rInner * rInner;
};
const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** Thick segment with round caps. */
const capsule = (x1, y1, x2, y2, r) => (x, y) => {
  const vx = x2 - x1;
  const vy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
  return (x - x1 - t * vx) ** 2 + (y - y1 - t * vy) ** 2 <= r * r;
};

const LENS = { cx: 54, cy: 54, r: 34 };
const layers = [
  // Tile with a vertical navy gradient.
  { inside: (x, y) => roundedSquare(x, y, 4, 24), color: (_x, y) => mix([29, 66, 117], [12, 35, 66], y / SIZE) },
  // Glass: slightly lighter disc behind the text lines.
  { inside: disc(LENS.cx, LENS.cy, LENS.r - 6), color: () => [40, 88, 150] },
  // Lines of "code" seen through the lens.
  { inside: capsule(36, 42, 72, 42, 3.2), color: () => [235, 241, 250] },
  { inside: capsule(36, 54, 64, 54, 3.2), color: () => [235, 241, 250] },
  { inside: capsule(36, 66, 68, 66, 3.2), color: () => [235, 241, 250] },
  // Handle, then the rim on top of it.
  { inside: capsule(80, 80, 108, 108, 7.5), color: () => [242, 193, 78] },
  { inside: ring(LENS.cx, LENS.cy, LENS.r, LENS.r - 7), color: () => [242, 193, 78] },
  // Red seal: the legal obligation found.
  { inside: disc(72, 66, 8.5), color: () => [214, 40, 57] },
];

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

function render() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (layer.inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) {
              hits++;
            }
          }
        }
        const cover = hits / (SAMPLES * SAMPLES);
        if (cover > 0) {
          // "Source over" compositing with straight alpha.
          const [cr, cg, cb] = layer.color(px + 0.5, py + 0.5);
          const outA = cover + a * (1 - cover);
          r = (cr * cover + r * a * (1 - cover)) / outA;
          g = (cg * cover + g * a * (1 - cover)) / outA;
          b = (cb * cover + b * a * (1 - cover)) / outA;
          a = outA;
        }
      }
      pixels.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * SIZE + px) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../media/icon.png', import.meta.url);
writeFileSync(out, encodePng(render(), SIZE, SIZE));
console.log(`wrote ${out.pathname}`);
