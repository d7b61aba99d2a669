import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MANIFEST_PATH,
  openPackage,
  openPackageBuffer,
  PackageError,
  writePackage,
  type EntrySource,
} from '../../electron/core/features/exchange/container.ts';
import { DomainError } from '../../electron/core/errors.ts';
import { parseCentral, rawPackage, SAMPLE_FILES, SAMPLE_HEADER, sha256 } from '../support/packageMutations.ts';
import { tempDir } from '../support/tempData.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('antt-exchange-')));
afterEach(() => cleanup());

const PDF_NAME = 'tep/Biên bản họp.pdf';

function sourceFiles() {
  const pdf = path.join(dir, 'bien-ban.pdf');
  fs.writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(40_000)]));
  // Over the small-entry size, so it is streamed when read back.
  const scan = path.join(dir, 'scan.png');
  fs.writeFileSync(scan, randomBytes(6 * 1024 * 1024));
  return { pdf, scan };
}

function sampleEntries(files: { pdf: string; scan: string }): EntrySource[] {
  return [
    { path: 'records/units.json', data: Buffer.from(JSON.stringify([{ id: 'u1', name: 'Thôn Đông' }])) },
    { path: 'records/empty.json', data: new Uint8Array() },
    {
      path: 'records/big.json',
      data: Buffer.from(JSON.stringify({ rows: Array.from({ length: 60_000 }, (_, i) => i) })),
    },
    { path: PDF_NAME, file: files.pdf },
    { path: 'tep/scan.png', file: files.scan },
  ];
}

function contentOf(source: EntrySource): Buffer {
  return 'data' in source ? Buffer.from(source.data) : fs.readFileSync(source.file);
}

describe('writePackage + openPackage round trip', () => {
  it('reads back every entry byte-identical, verified', async () => {
    const sources = sampleEntries(sourceFiles());
    const out = path.join(dir, 'xa-minh-tan.anttpkg');
    const progress: number[][] = [];
    const manifest = await writePackage(out, SAMPLE_HEADER, sources, { onProgress: (d, t) => progress.push([d, t]) });
    expect(progress.at(-1)).toEqual([5, 5]);
    expect(manifest).toMatchObject({ format: 'antt-exchange', formatVersion: 2, ...SAMPLE_HEADER });
    expect(manifest.entries.map((e) => e.path)).toEqual(sources.map((s) => s.path));
    for (const [i, source] of sources.entries()) {
      const data = contentOf(source);
      expect(manifest.entries[i]).toEqual({ path: source.path, size: data.length, sha256: sha256(data) });
    }

    const reader = await openPackage(out);
    try {
      expect(reader.manifest).toEqual(manifest);
      const seen: number[][] = [];
      await reader.verifyAll({ onProgress: (d, t) => seen.push([d, t]) });
      const total = manifest.entries.reduce((sum, e) => sum + e.size, 0);
      expect(seen.at(-1)).toEqual([total, total]);
      expect(await reader.readJson('records/units.json')).toEqual([{ id: 'u1', name: 'Thôn Đông' }]);
      for (const [i, source] of sources.entries()) {
        expect((await reader.readBuffer(source.path)).equals(contentOf(source))).toBe(true);
        const dest = path.join(dir, `out-${i}`);
        await reader.extractTo(source.path, dest, { fsync: i === 0 });
        expect(fs.readFileSync(dest).equals(contentOf(source))).toBe(true);
      }
    } finally {
      await reader.close();
    }
  });

  it('stores already-compressed types and deflates the rest, unless told otherwise', async () => {
    const out = path.join(dir, 'p.anttpkg');
    const extra: EntrySource[] = [
      { path: 'files/0a1b', data: Buffer.from('%PDF-1.4'), compress: false },
      { path: 'files/2c3d.pdf', data: Buffer.from('text really'), compress: true },
    ];
    await writePackage(out, SAMPLE_HEADER, [...sampleEntries(sourceFiles()), ...extra]);
    const methods = new Map(
      parseCentral(fs.readFileSync(out))!.records.map((r) => [r.name.toString('utf8'), r.header.readUInt16LE(10)]),
    );
    expect(Object.fromEntries(methods)).toEqual({
      'records/units.json': 8,
      'records/empty.json': 8,
      'records/big.json': 8,
      [PDF_NAME]: 0,
      'tep/scan.png': 0,
      'files/0a1b': 0,
      'files/2c3d.pdf': 8,
      [MANIFEST_PATH]: 8,
    });
  });

  it('stores a large entry that would deflate suspiciously well, so readers accept it', async () => {
    const out = path.join(dir, 'p.anttpkg');
    const blank = Buffer.alloc(5 * 1024 * 1024, 0x20);
    const exactlyAtFloor = Buffer.alloc(1024 * 1024);
    const file = path.join(dir, 'blank.bmp');
    fs.writeFileSync(file, blank);
    await writePackage(out, SAMPLE_HEADER, [
      { path: 'records/blank.json', data: blank },
      { path: 'records/zeros.json', data: exactlyAtFloor },
      { path: 'tep/blank.bmp', file },
    ]);
    const reader = await openPackage(out);
    await reader.verifyAll();
    await reader.close();
  });

  it('takes entries from an async iterable', async () => {
    async function* entries(): AsyncGenerator<EntrySource> {
      for (let i = 0; i < 300; i++) yield { path: `records/${i}.json`, data: Buffer.from(`{"i":${i}}`) };
    }
    const out = path.join(dir, 'p.anttpkg');
    const manifest = await writePackage(out, SAMPLE_HEADER, entries());
    expect(manifest.entries).toHaveLength(300);
    const reader = await openPackage(out);
    await reader.verifyAll();
    expect(await reader.readJson('records/299.json')).toEqual({ i: 299 });
    await reader.close();
  });

  it('reads the same package from memory', async () => {
    const out = path.join(dir, 'p.anttpkg');
    await writePackage(out, SAMPLE_HEADER, sampleEntries(sourceFiles()));
    const reader = await openPackageBuffer(fs.readFileSync(out));
    await reader.verifyAll();
    expect((await reader.readBuffer('tep/scan.png')).length).toBe(6 * 1024 * 1024);
    await reader.close();
  });
});

describe('writePackage is atomic', () => {
  const leftovers = () => fs.readdirSync(dir).filter((name) => name.includes('anttpkg'));

  it('leaves no package and no temp file when aborted midway', async () => {
    const files = sourceFiles();
    const controller = new AbortController();
    const out = path.join(dir, 'p.anttpkg');
    const write = writePackage(out, SAMPLE_HEADER, sampleEntries(files), {
      signal: controller.signal,
      onProgress: (done) => done === 4 && controller.abort(),
    });
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(leftovers()).toEqual([]);
  });

  it('leaves nothing when aborted before starting', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = path.join(dir, 'p.anttpkg');
    await expect(writePackage(out, SAMPLE_HEADER, [], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(leftovers()).toEqual([]);
  });

  it('keeps an existing package when the new one fails', async () => {
    const out = path.join(dir, 'p.anttpkg');
    fs.writeFileSync(out, 'old');
    const missing = path.join(dir, 'missing.pdf');
    const write = writePackage(out, SAMPLE_HEADER, [
      { path: 'a.json', data: Buffer.from('{}') },
      { path: 'b.pdf', file: missing },
    ]);
    await expect(write).rejects.toMatchObject({ kind: 'not-found', message: expect.stringContaining('missing.pdf') });
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    expect(leftovers()).toEqual(['p.anttpkg']);
  });

  it.each([
    ['../x.json', '".."'],
    ['/etc/x', 'tuyệt đối'],
    ['a\\b.json', 'gạch ngược'],
    ['manifest.json', 'dành riêng'],
    ['Bi\u0065\u0302n.json', 'NFC'],
  ])('refuses the entry path %j', async (entryPath, fragment) => {
    const out = path.join(dir, 'p.anttpkg');
    const write = writePackage(out, SAMPLE_HEADER, [{ path: entryPath, data: Buffer.from('{}') }]);
    await expect(write).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining(fragment) });
    expect(leftovers()).toEqual([]);
  });

  it('refuses paths that collide on Windows and a bad header', async () => {
    const out = path.join(dir, 'p.anttpkg');
    const data = Buffer.from('{}');
    await expect(
      writePackage(out, SAMPLE_HEADER, [
        { path: 'A.json', data },
        { path: 'a.json', data },
      ]),
    ).rejects.toMatchObject({ message: expect.stringContaining('trùng tên') });
    await expect(
      writePackage(out, SAMPLE_HEADER, [
        { path: 'a', data },
        { path: 'a/b.json', data },
      ]),
    ).rejects.toMatchObject({ message: expect.stringContaining('vừa là tệp vừa là thư mục') });
    await expect(writePackage(out, { ...SAMPLE_HEADER, packageId: 'x' }, [])).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringContaining('packageId'),
    });
    expect(leftovers()).toEqual([]);
  });
});

describe('PackageReader', () => {
  async function open(pkg: Buffer) {
    const file = path.join(dir, 'p.anttpkg');
    fs.writeFileSync(file, pkg);
    return openPackage(file);
  }

  it('refuses to overwrite an existing file when extracting', async () => {
    const reader = await open(rawPackage(SAMPLE_FILES));
    const dest = path.join(dir, 'exists');
    fs.writeFileSync(dest, 'keep');
    await expect(reader.extractTo('records/units.json', dest)).rejects.toMatchObject({ kind: 'conflict' });
    expect(fs.readFileSync(dest, 'utf8')).toBe('keep');
    await reader.close();
  });

  it('names an entry that is not in the package', async () => {
    const reader = await open(rawPackage(SAMPLE_FILES));
    await expect(reader.readBuffer('records/nope.json')).rejects.toMatchObject({ problem: 'no-such-entry' });
    await expect(reader.readJson('tep/Biên bản họp.pdf')).rejects.toMatchObject({
      problem: 'not-json',
      message: expect.stringContaining('JSON'),
    });
    await reader.close();
  });

  it('creates no file for a small entry whose hash does not match', async () => {
    const pkg = rawPackage(SAMPLE_FILES, {
      tweak: (entries) => (entries[1]!.data = Buffer.from('%PDF-1.4 biên bản họp thôX\n')),
    });
    const reader = await open(pkg);
    const dest = path.join(dir, 'out.pdf');
    await expect(reader.extractTo(PDF_NAME, dest)).rejects.toMatchObject({ problem: 'hash-mismatch' });
    expect(fs.existsSync(dest)).toBe(false);
    await reader.close();
  });

  it('removes a streamed file whose hash turns out wrong', async () => {
    const big = randomBytes(5 * 1024 * 1024);
    const tampered = Buffer.from(big);
    tampered[tampered.length - 1]! ^= 0xff;
    const files = [{ path: 'tep/scan.png', data: big, method: 0 as const }];
    const reader = await open(rawPackage(files, { tweak: (entries) => (entries[0]!.data = tampered) }));
    const dest = path.join(dir, 'scan.png');
    await expect(reader.extractTo('tep/scan.png', dest)).rejects.toMatchObject({ problem: 'hash-mismatch' });
    expect(fs.existsSync(dest)).toBe(false);
    await expect(reader.verifyAll()).rejects.toBeInstanceOf(PackageError);
    await reader.close();
  });

  it('stops verifying when aborted', async () => {
    const reader = await open(rawPackage(SAMPLE_FILES));
    const controller = new AbortController();
    controller.abort();
    await expect(reader.verifyAll({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await reader.close();
  });

  it('reports a missing file and a folder as such', async () => {
    await expect(openPackage(path.join(dir, 'none.anttpkg'))).rejects.toMatchObject({ kind: 'not-found' });
    const error = await openPackage(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'validation', message: expect.stringContaining('không phải là một tệp') });
  });
});
