import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundOverview } from '#shared/api/roundTypes.ts';
import { cli, json } from '../support/cli.ts';
import { tempDir } from '../support/tempData.ts';
import { USB_FILES, fingerprint, makeUsbFolder } from '../support/usbFolder.ts';

interface AttachJson {
  dryRun: boolean;
  files: { path: string; unit: string | null; component: string | null }[];
  unmatched: string[];
  attached?: number;
}

let root: ReturnType<typeof tempDir>;
let data: string;
beforeAll(async () => {
  root = tempDir('antt-cli-round-');
  data = path.join(root.dir, 'data');
  expect((await cli('demo', '--data', data, '--year', '2025')).code).toBe(0);
});
afterAll(() => root.cleanup());

describe('cli status', () => {
  it('prints the year in figures: totals, statuses, kinds and the commune criterion 4', async () => {
    const s = json<RoundOverview>(await cli('status', '--data', data, '--year', '2025', '--json'));
    expect(s.total).toBeGreaterThanOrEqual(35);
    expect(typeof s.registered).toBe('number');
    expect(typeof s.recognized).toBe('number');
    expect(s.registered).toBeLessThan(s.total);
    expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0)).toBe(s.total);
    expect(s.byStatus.da_tham_dinh + s.byStatus.de_nghi + s.byStatus.khong_de_nghi).toBeGreaterThan(0);
    expect(s.byStatus.khong_de_nghi).toBeGreaterThan(0);
    expect(Object.keys(s.byKind)).toEqual(['khu_dan_cu', 'xa_phuong', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc']);
    expect(s.communeCriterion4.required).toBe(Math.ceil(s.communeCriterion4.total * 0.7));
  });

  it('works on an empty data folder without creating a campaign', async () => {
    const empty = path.join(root.dir, 'empty');
    const s = json<RoundOverview>(await cli('status', '--data', empty, '--year', '2026', '--json'));
    expect(s).toMatchObject({ total: 0, registered: 0, recognized: 0 });
    const campaigns = json<unknown[]>(await cli('units', '--data', empty, '--json'));
    expect(campaigns).toEqual([]);
  });
});

describe('cli attach-folder', () => {
  it('lists every file with its relative path and matched unit, attaches, and leaves the folder untouched', async () => {
    const usb = makeUsbFolder(path.join(root.dir, 'usb'));
    const before = fingerprint(usb);
    const dry = json<AttachJson>(
      await cli('attach-folder', usb, '--data', data, '--year', '2025', '--dry-run', '--json'),
    );
    expect(dry.files.map((f) => f.path).sort()).toEqual(
      [...USB_FILES.map(([p]) => p), 'Thon Dong 1/bien ban hop (1).pdf', 'Thon Dong 1/desktop.ini'].sort(),
    );
    const byPath = new Map(dry.files.map((f) => [f.path, f]));
    expect(byPath.get('TDP so 3 - To trinh.docx')).toMatchObject({ unit: 'Tổ dân phố số 3', component: 'to_trinh' });
    expect(byPath.get('Thon Khong Co/bb.pdf')!.unit).toBeNull();
    expect(dry.unmatched).toContain('Thon Khong Co/bb.pdf');

    const done = json<AttachJson>(await cli('attach-folder', usb, '--data', data, '--year', '2025', '--json'));
    expect(done.attached).toBeGreaterThanOrEqual(10);
    expect(fingerprint(usb)).toBe(before);
  });

  it('rejects a folder that does not exist with exit 3 and a Vietnamese message', async () => {
    const run = await cli('attach-folder', path.join(root.dir, 'khong-co'), '--data', data, '--year', '2025');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/Không tìm thấy thư mục/);
  });

  it('needs --year', async () => {
    expect((await cli('attach-folder', root.dir, '--data', data)).code).toBe(2);
  });
});

describe('cli export-decisions and verify-docx', () => {
  it('writes the year issued files, and tells an issued original from a changed copy', async () => {
    const out = path.join(root.dir, 'xuat');
    const run = await cli('export-decisions', '--data', data, '--year', '2025', '--out', out, '--json');
    const { files } = json<{ files: string[] }>(run);
    expect(files.some((f) => f.endsWith('.docx') && f.startsWith('QD 01-'))).toBe(true);
    expect(files.some((f) => f.startsWith('Giay cong nhan'))).toBe(true);
    const original = path.join(out, files[0]!);
    const ok = await cli('verify-docx', original, '--data', data);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/bản gốc/);
    const changed = path.join(root.dir, 'sua.docx');
    fs.writeFileSync(changed, Buffer.concat([fs.readFileSync(original), Buffer.from('x')]));
    const bad = await cli('verify-docx', changed, '--data', data);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/KHÔNG phải bản gốc/);
  });
});
