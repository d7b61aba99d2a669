// Hostile and broken packages: each is refused with a PackageError whose Vietnamese message says what is wrong.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openPackage,
  PackageError,
  type PackageLimits,
  type PackageProblem,
} from '../../electron/core/features/exchange/container.ts';
import { rawPackage, SAMPLE_FILES, sha256, type PackageFile } from '../support/packageMutations.ts';
import { buildZip, deflate, S_IFDIR, S_IFLNK, unixMode, type RawEntry } from '../support/rawZip.ts';
import { tempDir } from '../support/tempData.ts';

let dir: string;
let cleanup: () => void;
let counter = 0;
beforeAll(() => ({ dir, cleanup } = tempDir('antt-hostile-')));
afterAll(() => cleanup());

/** Opens, verifies and reads every entry: the whole import-side use of a package. */
async function useFully(pkg: Uint8Array, limits?: Partial<PackageLimits>): Promise<void> {
  const file = path.join(dir, `p${counter++}.anttpkg`);
  fs.writeFileSync(file, pkg);
  const reader = await openPackage(file, limits);
  try {
    await reader.verifyAll();
    for (const entry of reader.manifest.entries) await reader.readBuffer(entry.path);
  } finally {
    await reader.close();
  }
}

async function expectRefused(
  pkg: Uint8Array,
  problem: PackageProblem,
  fragment: string,
  limits?: Partial<PackageLimits>,
): Promise<PackageError> {
  const error = await useFully(pkg, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackageError);
  const refused = error as PackageError;
  expect(refused.kind).toBe('validation');
  expect(refused.problem).toBe(problem);
  expect(refused.message).toContain(fragment);
  return refused;
}

/** A valid package plus one more zip entry. */
const withExtra = (entry: RawEntry) => rawPackage(SAMPLE_FILES, { extra: [entry] });
const text = (s: string) => Buffer.from(s, 'utf8');

it('accepts the sample package', async () => {
  await useFully(rawPackage(SAMPLE_FILES));
});

describe('unsafe names', () => {
  it.each([
    ['../evil.txt', '".."'],
    ['tep/../../evil.txt', '".."'],
    ['/etc/x', 'đường dẫn tuyệt đối'],
    ['C:\\x', 'đường dẫn tuyệt đối'],
    ['C:x', 'đường dẫn tuyệt đối'],
    ['tep\\x.pdf', 'gạch ngược'],
    ['tep/a\u0000.pdf', 'ký tự điều khiển'],
    ['tep/a\u0007.pdf', 'ký tự điều khiển'],
    ['tep/a:b.pdf', 'không được phép'],
    ['tep/a?.pdf', 'không được phép'],
    ['tep//a.pdf', 'phần tên rỗng'],
    ['./a.pdf', 'phần tên rỗng'],
    ['tep/a.pdf.', 'dấu chấm hoặc dấu cách'],
    ['tep /a.pdf', 'dấu chấm hoặc dấu cách'],
    ['Bie\u0302n ba\u0309n.pdf', 'NFC'],
    [`${'a'.repeat(241)}`, 'dài quá 240'],
  ])('refuses %j', async (name, fragment) => {
    await expectRefused(withExtra({ name, data: text('x') }), 'bad-name', fragment);
  });

  it('refuses a name that is not UTF-8', async () => {
    await expectRefused(withExtra({ name: Buffer.from([0x61, 0xe9, 0x2e]), flags: 0 }), 'bad-name', 'UTF-8');
    await expectRefused(withExtra({ name: Buffer.from([0x61, 0xc3, 0x28]) }), 'bad-name', 'UTF-8');
  });

  it('accepts ASCII names without the UTF-8 flag', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { tweak: (entries) => (entries[0]!.flags = 0) });
    await useFully(pkg);
  });

  it('refuses a local header name other than the central directory one', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { tweak: (entries) => (entries[0]!.localName = '../records/units.json') });
    await expectRefused(pkg, 'corrupt', 'phần đầu khác với mục lục');
  });
});

describe('entries that are not regular files', () => {
  it('refuses a symlink', async () => {
    const entry = { name: 'tep/link', data: text('/etc/passwd'), externalAttributes: unixMode(S_IFLNK | 0o777) };
    await expectRefused(withExtra(entry), 'not-regular-file', 'liên kết tượng trưng (symlink)');
  });

  it('refuses directory entries', async () => {
    await expectRefused(withExtra({ name: 'tep/' }), 'not-regular-file', 'thư mục');
    const unixDir = { name: 'tep2', externalAttributes: unixMode(S_IFDIR | 0o755) };
    await expectRefused(withExtra(unixDir), 'not-regular-file', 'thư mục');
    const dosDir = { name: 'tep3', versionMadeBy: 0x0014, externalAttributes: 0x10 };
    await expectRefused(withExtra(dosDir), 'not-regular-file', 'thư mục');
  });

  it('refuses devices and Windows reparse points', async () => {
    const fifo = { name: 'fifo', externalAttributes: unixMode(0o010644) };
    await expectRefused(withExtra(fifo), 'not-regular-file', 'tệp đặc biệt');
    const reparse = { name: 'junction', versionMadeBy: 0x0a3f, externalAttributes: 0x420 };
    await expectRefused(withExtra(reparse), 'not-regular-file', 'reparse point');
  });

  it('refuses a file that is also a folder', async () => {
    const pkg = rawPackage([...SAMPLE_FILES, { path: 'tep', data: 'x' }]);
    await expectRefused(pkg, 'duplicate-name', 'vừa là tệp vừa là thư mục');
  });
});

describe('duplicate names', () => {
  it('refuses the same name twice', async () => {
    await expectRefused(withExtra({ name: 'records/units.json', data: text('[]') }), 'duplicate-name', 'trùng tên');
  });

  it('refuses names differing only in case', async () => {
    await expectRefused(
      withExtra({ name: 'RECORDS/Units.json', data: text('[]') }),
      'duplicate-name',
      'chữ hoa/thường',
    );
  });

  it('refuses an NFD spelling of an NFC name', async () => {
    const nfd = 'tep/Biên bản họp.pdf'.normalize('NFD');
    await expectRefused(withExtra({ name: nfd, data: text('x') }), 'duplicate-name', 'cách ghi dấu tiếng Việt');
  });
});

describe('flags and methods', () => {
  it('refuses an encrypted entry', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { tweak: (entries) => (entries[1]!.flags = 0x0801) });
    await expectRefused(pkg, 'encrypted', 'mật khẩu');
  });

  it('refuses an unknown compression method', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { tweak: (entries) => (entries[0]!.method = 12) });
    await expectRefused(pkg, 'unsupported-compression', 'phương thức nén không hỗ trợ (số 12)');
  });
});

describe('limits', () => {
  it('refuses too many entries', async () => {
    await expectRefused(rawPackage(SAMPLE_FILES), 'too-many-entries', 'quá nhiều tệp (5, tối đa 3)', { maxEntries: 3 });
  });

  it('refuses an entry over the size limit', async () => {
    const files = [...SAMPLE_FILES, { path: 'big.json', data: 'x'.repeat(200) }];
    await expectRefused(rawPackage(files), 'too-large', '"big.json" trong gói quá lớn', { maxEntryBytes: 100 });
  });

  it('refuses a package over the total size limit', async () => {
    const files = ['a', 'b', 'c'].map((p) => ({ path: `${p}.json`, data: 'x'.repeat(150) }));
    await expectRefused(rawPackage(files), 'too-large', 'Tổng dung lượng', { maxTotalBytes: 300 });
  });

  it('refuses a manifest over its size limit', async () => {
    await expectRefused(rawPackage(SAMPLE_FILES), 'too-large', '"manifest.json" trong gói quá lớn', {
      maxManifestBytes: 100,
    });
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const pkg = rawPackage([...SAMPLE_FILES, { path: 'records/bomb.json', data: zeros }]);
    expect(pkg.length).toBeLessThan(100_000);
    await expectRefused(pkg, 'compression-bomb', 'bom nén');
  });

  it('refuses entries overlapping each other (the reused-stream bomb)', async () => {
    const files: PackageFile[] = [
      { path: 'a.json', data: '{}' },
      { path: 'b.json', data: '{}' },
    ];
    const pkg = rawPackage(files);
    // Point b.json's central record at a.json's local header.
    const second = pkg.indexOf(
      Buffer.from('PK\x01\x02', 'latin1'),
      pkg.indexOf(Buffer.from('PK\x01\x02', 'latin1')) + 4,
    );
    pkg.writeUInt32LE(0, second + 42);
    await expectRefused(pkg, 'corrupt', 'chồng lên nhau');
  });
});

describe('sizes that lie', () => {
  /** An entry declaring `declared` bytes (in the zip and the manifest) whose data inflates to `actual`. */
  function lying(actual: Buffer, declared: number) {
    const head = actual.subarray(0, declared);
    return rawPackage([...SAMPLE_FILES, { path: 'records/lie.json', data: head }], {
      tweak: (entries) => {
        const entry = entries.find((e) => e.name === 'records/lie.json')!;
        entry.raw = deflate(actual);
      },
    });
  }

  it('stops a small entry that inflates past its declared size', async () => {
    await expectRefused(lying(randomBytes(100_000), 10), 'size-mismatch', 'dung lượng khác');
  });

  it('stops a streamed entry that inflates past its declared size', async () => {
    await expectRefused(lying(randomBytes(6 * 1024 * 1024), 10), 'size-mismatch', 'dung lượng khác');
  });

  it('refuses an entry that inflates to less than declared', async () => {
    const pkg = rawPackage([...SAMPLE_FILES, { path: 'records/short.json', data: 'x'.repeat(50) }], {
      tweak: (entries) => (entries.find((e) => e.name === 'records/short.json')!.raw = deflate(text('x'.repeat(40)))),
    });
    await expectRefused(pkg, 'size-mismatch', 'dung lượng khác');
  });

  it('refuses a stored entry whose two sizes disagree', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { tweak: (entries) => (entries[1]!.uncompressedSize = 5) });
    await expectRefused(pkg, 'corrupt', 'không nhất quán');
  });

  it('refuses corrupt deflate data', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { tweak: (entries) => (entries[0]!.raw = randomBytes(40)) });
    await expectRefused(pkg, 'corrupt', 'dữ liệu nén');
  });
});

describe('files that are not packages', () => {
  it('refuses an empty file', async () => {
    await expectRefused(Buffer.alloc(0), 'empty', 'rỗng');
  });

  it('refuses random bytes', async () => {
    await expectRefused(randomBytes(10_000), 'not-zip', 'không đọc được dạng nén zip');
  });

  it('refuses a zip without a manifest', async () => {
    await expectRefused(rawPackage(SAMPLE_FILES, { omitManifest: true }), 'missing-manifest', 'manifest.json');
  });

  it('refuses some other zip', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: text('<w:document/>') }]);
    await expectRefused(zip, 'missing-manifest', 'không có tệp mô tả');
  });

  it('refuses a truncated package wherever it is cut', async () => {
    const pkg = rawPackage(SAMPLE_FILES);
    for (const keep of [1, 10, 100, Math.floor(pkg.length / 2), pkg.length - 30, pkg.length - 1]) {
      const error = await useFully(pkg.subarray(0, keep)).catch((e: unknown) => e);
      expect(error, `cut at ${keep}`).toBeInstanceOf(PackageError);
      expect((error as PackageError).message).toMatch(/cắt cụt|bị hỏng/);
    }
  });
});

describe('manifest', () => {
  it('refuses a manifest that is not JSON', async () => {
    await expectRefused(rawPackage(SAMPLE_FILES, { manifestBytes: text('{"format": ') }), 'bad-manifest', 'JSON');
  });

  it('refuses a manifest that is not UTF-8', async () => {
    await expectRefused(
      rawPackage(SAMPLE_FILES, { manifestBytes: Buffer.from([0x7b, 0xff, 0x7d]) }),
      'bad-manifest',
      'UTF-8',
    );
  });

  it.each([
    ['an uppercase hash', (m: Record<string, unknown>) => hashOf(m, 0, (h) => h.toUpperCase()), 'entries.0.sha256'],
    ['a negative size', (m: Record<string, unknown>) => entry(m, 0, { size: -1 }), 'entries.0.size'],
    ['a fractional size', (m: Record<string, unknown>) => entry(m, 0, { size: 1.5 }), 'entries.0.size'],
    ['an unsafe path', (m: Record<string, unknown>) => entry(m, 0, { path: '../x' }), 'entries.0.path'],
    ['a missing field', (m: Record<string, unknown>) => ({ ...m, office: undefined }), 'office'],
    ['a bad package id', (m: Record<string, unknown>) => ({ ...m, packageId: 'abc' }), 'packageId'],
    ['a bad date', (m: Record<string, unknown>) => ({ ...m, createdAt: 'hôm qua' }), 'createdAt'],
    ['entries that are not a list', (m: Record<string, unknown>) => ({ ...m, entries: {} }), 'entries'],
  ])('refuses %s', async (_what, change, fragment) => {
    await expectRefused(rawPackage(SAMPLE_FILES, { manifest: change }), 'bad-manifest', fragment);
  });

  it('refuses a manifest listing a path twice', async () => {
    const pkg = rawPackage(SAMPLE_FILES, {
      manifest: (m) => ({ ...m, entries: [...(m.entries as object[]), (m.entries as object[])[0]] }),
    });
    await expectRefused(pkg, 'bad-manifest', 'liệt kê hai lần');
  });

  it('ignores fields it does not know', async () => {
    await useFully(rawPackage(SAMPLE_FILES, { manifest: (m) => ({ ...m, signature: 'later' }) }));
  });

  it('refuses another format id', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { manifest: (m) => ({ ...m, format: 'other-app' }) });
    await expectRefused(pkg, 'not-exchange-package', 'không phải gói trao đổi dữ liệu');
    const array = rawPackage(SAMPLE_FILES, { manifestBytes: text('[1,2]') });
    await expectRefused(array, 'not-exchange-package', 'không phải gói trao đổi dữ liệu');
  });

  it('refuses a package from a newer format version, naming both versions', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { manifest: (m) => ({ ...m, formatVersion: 3, entries: 'changed' }) });
    const error = await expectRefused(pkg, 'newer-version', 'phiên bản mới hơn');
    expect(error.message).toContain('phiên bản 3');
    expect(error.message).toContain('đến phiên bản 2');
    expect(error.message).toContain('cập nhật ứng dụng');
  });

  it.each([0, 1.5, '1'])('refuses formatVersion %j', async (formatVersion) => {
    const pkg = rawPackage(SAMPLE_FILES, { manifest: (m) => ({ ...m, formatVersion }) });
    await expectRefused(pkg, 'bad-manifest', 'formatVersion');
  });
});

describe('manifest against the zip', () => {
  it('refuses a zip entry the manifest does not list', async () => {
    await expectRefused(
      withExtra({ name: 'tep/extra.pdf', data: text('x') }),
      'unlisted-entry',
      'không có trong tệp mô tả',
    );
  });

  it('refuses a manifest entry missing from the zip', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { tweak: (entries) => entries.splice(2, 1) });
    await expectRefused(pkg, 'missing-entry', 'thiếu tệp "tep/ảnh.jpg"');
  });

  it('refuses changed content of the same size', async () => {
    const pkg = rawPackage(SAMPLE_FILES, {
      tweak: (entries) => (entries[1]!.data = text('%PDF-1.4 biên bản họp thôX\n')),
    });
    await expectRefused(pkg, 'hash-mismatch', 'SHA-256');
  });

  it('refuses a size that differs from the manifest', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { manifest: (m) => entry(m, 1, { size: 5 }) });
    await expectRefused(pkg, 'size-mismatch', 'dung lượng khác với tệp mô tả');
  });

  it('refuses a hash that differs from the manifest', async () => {
    const pkg = rawPackage(SAMPLE_FILES, { manifest: (m) => entry(m, 0, { sha256: sha256(text('other')) }) });
    await expectRefused(pkg, 'hash-mismatch', '"records/units.json"');
  });
});

function entry(m: Record<string, unknown>, index: number, change: Record<string, unknown>) {
  const entries = (m.entries as Record<string, unknown>[]).map((e, i) => (i === index ? { ...e, ...change } : e));
  return { ...m, entries };
}

function hashOf(m: Record<string, unknown>, index: number, change: (hash: string) => string) {
  const current = (m.entries as { sha256: string }[])[index]!.sha256;
  return entry(m, index, { sha256: change(current) });
}
