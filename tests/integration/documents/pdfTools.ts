// LibreOffice and poppler as test oracles: convert .docx to PDF, count pages, read word boxes (pdftotext -bbox)
// and find horizontal rules in a greyscale rendering (pdftoppm -gray writes a plain PGM we can read directly).
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const hasCommand = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Converts the files to PDF next to them, with a private profile so parallel runs do not share a lock. */
export function sofficeToPdf(files: string[], outDir: string, timeoutMs = 120_000): void {
  const profile = path.join('/tmp', `lo-profile-${crypto.randomBytes(6).toString('hex')}`);
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: timeoutMs, stdio: 'pipe' },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

export function pdfPageSize(pdf: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Positions in points from the top left of the page. */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export function pdfWords(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: unescape(m[5]!) }));
}

export interface TextLine extends Word {
  words: Word[];
}

/** Groups words into lines: same top, and no gap wider than a few spaces (so header columns stay apart). */
export function textLines(words: Word[]): TextLine[] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: TextLine[] = [];
  for (const w of sorted) {
    const line = lines.find((l) => Math.abs(l.yMin - w.yMin) < 1.5 && w.xMin - l.xMax < 20 && w.xMin >= l.xMin);
    if (line) {
      line.words.push(w);
      Object.assign(line, { text: `${line.text} ${w.text}`, xMax: w.xMax, yMax: Math.max(line.yMax, w.yMax) });
    } else {
      lines.push({ ...w, words: [w] });
    }
  }
  return lines;
}

export function findLine(lines: TextLine[], text: string): TextLine {
  const line = lines.find((l) => l.text === text);
  if (!line) throw new Error(`No line "${text}" in: ${lines.map((l) => l.text).join(' | ')}`);
  return line;
}

export interface Gray {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
}

export function grayPage(pdf: string, page: number, dpi: number, outDir: string): Gray {
  const prefix = path.join(outDir, `gray-${page}`);
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-gray',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    prefix,
  ]);
  const data = fs.readFileSync(`${prefix}.pgm`);
  // Binary PGM: "P5", width, height, maxval separated by whitespace, one whitespace byte, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
  return { width: +header[1]!, height: +header[2]!, dpi, pixels: data.subarray(header[0].length) };
}

/**
 * The longest horizontal run of dark pixels in the band below a line of text, in points: that is the rule
 * drawn under it. Descenders and dots make only short runs, so the longest run is the rule.
 */
export function ruleBelow(img: Gray, line: Word, band = { from: 0, to: 14, xPad: 60 }): { x0: number; x1: number } {
  const px = (pt: number) => Math.round((pt * img.dpi) / 72);
  let best = { start: 0, length: 0 };
  for (let y = px(line.yMax + band.from); y <= px(line.yMax + band.to) && y < img.height; y++) {
    let start = -1;
    const xEnd = Math.min(px(line.xMax + band.xPad), img.width - 1);
    for (let x = Math.max(px(line.xMin - band.xPad), 0); x <= xEnd + 1; x++) {
      const dark = x <= xEnd && img.pixels[y * img.width + x]! < 128;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start > best.length) best = { start, length: x - start };
        start = -1;
      }
    }
  }
  if (best.length === 0) throw new Error(`No rule under "${line.text}"`);
  const pt = (p: number) => (p * 72) / img.dpi;
  return { x0: pt(best.start), x1: pt(best.start + best.length) };
}
