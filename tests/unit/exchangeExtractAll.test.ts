// Extracting many entries at once: byte-identical, verified, flushed in batches; a failure anywhere leaves none of the
// files the call created.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPackage, type PackageReader } from '../../electron/core/features/exchange/container.ts';
import { rawPackage, type PackageFile } from '../support/packageMutations.ts';
import { tempDir } from '../support/tempData.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('antt-extract-')));
afterEach(() => cleanup());

// More than one batch of small entries, a few stored, and one large entry that is streamed.
const FILES: PackageFile[] = [
  ...Array.from({ length: 300 }, (_, i) => ({
    path: `files/${String(i).padStart(4, '0')}`,
    data: Buffer.concat([Buffer.from(`tệp số ${i} `.repeat(20)), randomBytes(i * 7)]),
    method: i % 5 === 0 ? (0 as const) : (8 as const),
  })),
  { path: 'files/lon', data: randomBytes(5 * 1024 * 1024), method: 0 },
];

async function open(files: PackageFile[], tweak?: Parameters<typeof rawPackage>[1]): Promise<PackageReader> {
  const file = path.join(dir, 'p.anttpkg');
  fs.writeFileSync(file, rawPackage(files, tweak));
  return openPackage(file);
}

const out = () => {
  const folder = path.join(dir, 'out');
  fs.mkdirSync(folder, { recursive: true });
  return folder;
};
const itemsFor = (files: PackageFile[], folder: string) =>
  files.map((f) => ({ path: f.path, destFile: path.join(folder, path.basename(f.path)) }));

describe('PackageReader.extractAll', () => {
  it('writes every entry byte-identical, in any order asked, flushed when told to', async () => {
    const reader = await open(FILES);
    const folder = out();
    // Every file handle shares one prototype: count the flushes.
    const probe = await fs.promises.open(path.join(dir, 'p.anttpkg'), 'r');
    const sync = vi.spyOn(Object.getPrototypeOf(probe) as { sync(): Promise<void> }, 'sync');
    await probe.close();
    try {
      await reader.extractAll(itemsFor([...FILES].reverse(), folder), { fsync: true });
      expect(sync).toHaveBeenCalledTimes(FILES.length);
      sync.mockClear();
      const unflushed = path.join(dir, 'out-2');
      fs.mkdirSync(unflushed);
      await reader.extractAll(itemsFor(FILES, unflushed));
      expect(sync).not.toHaveBeenCalled();
    } finally {
      sync.mockRestore();
    }
    for (const f of FILES)
      expect(fs.readFileSync(path.join(folder, path.basename(f.path)))).toEqual(Buffer.from(f.data));
    await reader.close();
  });

  it('leaves none of its files when an entry fails its hash, wherever it is', async () => {
    for (const bad of [0, 150, 299]) {
      const reader = await open(FILES, {
        tweak: (entries) => {
          const data = Buffer.from(entries[bad]!.data!);
          data[data.length - 1]! ^= 0xff;
          entries[bad]!.data = data;
        },
      });
      const folder = out();
      await expect(reader.extractAll(itemsFor(FILES, folder), { fsync: true })).rejects.toMatchObject({
        problem: 'hash-mismatch',
      });
      expect(fs.readdirSync(folder)).toEqual([]);
      await reader.close();
    }
  });

  it('never replaces an existing file, and then removes only what it created', async () => {
    const reader = await open(FILES);
    // A small entry's file, then the large streamed entry's.
    for (const name of ['0200', 'lon']) {
      const folder = path.join(out(), name);
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, name), 'keep');
      await expect(reader.extractAll(itemsFor(FILES, folder))).rejects.toMatchObject({ kind: 'conflict' });
      expect(fs.readdirSync(folder)).toEqual([name]);
      expect(fs.readFileSync(path.join(folder, name), 'utf8')).toBe('keep');
    }
    await reader.close();
  });

  it('stopped after some batches are written, removes them all', async () => {
    const reader = await open(FILES);
    const folder = out();
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      reader.extractAll(itemsFor(FILES, folder), {
        fsync: true,
        signal: controller.signal,
        onProgress: (done, total) => {
          seen.push(done);
          expect(total).toBe(FILES.length);
          if (done >= 100) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.at(-1)).toBeLessThan(FILES.length);
    expect(fs.readdirSync(folder)).toEqual([]);
    await reader.close();
  });

  it('stops when aborted and leaves nothing', async () => {
    const reader = await open(FILES);
    const folder = out();
    const controller = new AbortController();
    controller.abort();
    await expect(reader.extractAll(itemsFor(FILES, folder), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fs.readdirSync(folder)).toEqual([]);
    await expect(reader.extractAll([{ path: 'files/nope', destFile: path.join(folder, 'x') }])).rejects.toMatchObject({
      problem: 'no-such-entry',
    });
    await reader.close();
  });
});
