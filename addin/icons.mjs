// The ribbon and store icons, drawn at build time as PNGs (no binary files in git): a blue tile with three bars.
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** RGBA pixels → PNG bytes. */
export function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** The add-in icon at `size` px. `variant` "plan" draws a list instead of bars. */
export function icon(size, variant = "score") {
  const blue = [15, 108, 189, 255];
  const white = [255, 255, 255, 255];
  const clear = [0, 0, 0, 0];
  const r = size * 0.18;
  return png(size, (x, y) => {
    const cx = Math.min(x, size - 1 - x) + 0.5;
    const cy = Math.min(y, size - 1 - y) + 0.5;
    if (cx < r && cy < r && Math.hypot(r - cx, r - cy) > r) return clear;
    const u = x / size;
    const v = y / size;
    if (variant === "plan") {
      const line = [0.3, 0.5, 0.7].some((t) => Math.abs(v - t) < 0.06) && u > 0.22 && u < 0.78;
      return line ? white : blue;
    }
    const bars = [
      [0.2, 0.36, 0.55],
      [0.42, 0.58, 0.35],
      [0.64, 0.8, 0.2],
    ];
    const inBar = bars.some(([a, b, top]) => u >= a && u < b && v >= top && v < 0.8);
    return inBar ? white : blue;
  });
}

/** Every file name → bytes the manifest refers to. */
export function iconFiles() {
  const out = {};
  for (const s of [16, 32, 64, 80, 128]) out[`icon-${s}.png`] = icon(s);
  for (const s of [16, 32, 80]) out[`plan-${s}.png`] = icon(s, "plan");
  return out;
}
