#!/usr/bin/env node
// Draws the Rundmail icons (an envelope with a circular-arrow badge) into assets/icon-<size>.png.
// Only Node built-ins: shapes are signed-distance tests, supersampled for anti-aliasing; zlib deflates the PNG.
// Run `node scripts/make-icons.js` after changing the drawing; the PNGs are committed.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;

// Fluent UI brand ramp (webLightTheme): brand 80, brand 60 and white.
const BLUE = [15, 108, 189];
const DARK_BLUE = [17, 94, 163];
const WHITE = [255, 255, 255];

// --- geometry in unit coordinates (0..1, y down) ---------------------------------------------------------------

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius && x >= left && x <= right && y >= top && y <= bottom;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

// Small icons get thicker strokes so the drawing survives at 16 px.
function drawingFor(size) {
  const stroke = size <= 16 ? 0.1 : size <= 32 ? 0.07 : 0.055;
  const envelope = { left: 0.04, top: 0.16, right: 0.84, bottom: 0.74, radius: 0.09 };
  const tiny = size <= 16;
  const badge = tiny ? { cx: 0.7, cy: 0.69, outer: 0.31, inner: 0.25 } : { cx: 0.72, cy: 0.7, outer: 0.27, inner: 0.215 };
  // At 16 px an arrowhead is a smudge: the badge shows a plain ring there.
  const arc = tiny
    ? { radius: 0.125, width: 0.09, from: -Math.PI, to: Math.PI }
    : { radius: 0.115, width: stroke * 0.85, from: -0.35 * Math.PI, to: 1.15 * Math.PI };

  // The arrowhead sits at the arc's start and points along the direction of travel (counter-clockwise on screen).
  const headAngle = arc.from;
  const hx = badge.cx + arc.radius * Math.cos(headAngle);
  const hy = badge.cy + arc.radius * Math.sin(headAngle);
  const tangent = [Math.sin(headAngle), -Math.cos(headAngle)];
  const normal = [Math.cos(headAngle), Math.sin(headAngle)];
  const headLength = 0.1;
  const headHalf = 0.075;
  const head = [
    [hx + tangent[0] * headLength, hy + tangent[1] * headLength],
    [hx + normal[0] * headHalf, hy + normal[1] * headHalf],
    [hx - normal[0] * headHalf, hy - normal[1] * headHalf],
  ];

  const flapTip = [(envelope.left + envelope.right) / 2, envelope.top + 0.3];
  const flapLeft = [envelope.left + 0.09, envelope.top + 0.09];
  const flapRight = [envelope.right - 0.09, envelope.top + 0.09];

  // Layers are painted in order; the first whose test matches wins the sample (topmost first).
  return [
    {
      color: WHITE,
      test: (x, y) => {
        const d = Math.hypot(x - badge.cx, y - badge.cy);
        if (d > badge.inner) return false;
        let angle = Math.atan2(y - badge.cy, x - badge.cx);
        if (angle < arc.from) angle += 2 * Math.PI;
        const onArc = Math.abs(d - arc.radius) <= arc.width / 2 && angle >= arc.from && angle <= arc.to;
        return onArc || (!tiny && insideTriangle(x, y, head[0], head[1], head[2]));
      },
    },
    { color: DARK_BLUE, test: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.inner },
    { color: WHITE, test: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.outer },
    {
      color: WHITE,
      test: (x, y) =>
        insideRoundedRect(x, y, envelope.left, envelope.top, envelope.right, envelope.bottom, envelope.radius) &&
        Math.min(
          distanceToSegment(x, y, flapLeft[0], flapLeft[1], flapTip[0], flapTip[1]),
          distanceToSegment(x, y, flapTip[0], flapTip[1], flapRight[0], flapRight[1]),
        ) <= stroke / 2,
    },
    {
      color: BLUE,
      test: (x, y) => insideRoundedRect(x, y, envelope.left, envelope.top, envelope.right, envelope.bottom, envelope.radius),
    },
  ];
}

function render(size) {
  const layers = drawingFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          const layer = layers.find((l) => l.test(x, y));
          if (layer) {
            r += layer.color[0];
            g += layer.color[1];
            b += layer.color[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        // Colour is averaged over covered samples only (straight, not premultiplied, alpha).
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return rgba;
}

// --- PNG encoding ---------------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter type 0 (None)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { render, encodePng, SIZES };
