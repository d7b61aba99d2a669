// The import preview shows what a real package would change, and hands the user's conflict choices to the import:
// one conflict taken from the package, the rest kept; "take all" then "keep all" resets every single choice.
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '#shared/api/exchangeTypes.ts';
import type { DataStore } from '../../electron/core/db/open.ts';
import { exportCommuneYear } from '../../electron/core/features/exchange/exportPackage.ts';
import { importExchangePackage, previewExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { ImportPreviewModal, toWrite } from '../../renderer/src/features/exchange/ImportPreviewModal.tsx';
import { communeWithPackage, officeAbove } from '../support/exchangeFixtures.ts';
import { tempDir } from '../support/tempData.ts';

let root: ReturnType<typeof tempDir>;
const stores: DataStore[] = [];
let preview: ImportPreview;
let names: string[];
let uids: string[];
let importLater: (choices: {
  onConflict: 'keep' | 'take';
  choices: Record<string, 'keep' | 'take'>;
}) => Promise<number>;

beforeAll(async () => {
  root = tempDir('antt-preview-');
  const at = (n: string) => path.join(root.dir, n);
  const commune = await communeWithPackage(at('xa'), at('dau.anttpkg'));
  const above = await officeAbove(at('tinh'));
  stores.push(commune.store, above.store);
  await importExchangePackage(above.ctx, at('dau.anttpkg'));
  const rows = commune.store.sqlite
    .prepare("SELECT uid, name FROM units WHERE kind = 'khu_dan_cu' ORDER BY id LIMIT 3")
    .all() as { uid: string; name: string }[];
  uids = rows.map((r) => r.uid);
  names = rows.map((r) => r.name);
  const marks = uids.map(() => '?').join(', ');
  commune.store.sqlite.prepare(`UPDATE units SET households = 555 WHERE uid IN (${marks})`).run(...uids);
  above.store.sqlite.prepare(`UPDATE units SET notes = 'sửa ở tỉnh' WHERE uid IN (${marks})`).run(...uids);
  await exportCommuneYear(commune.ctx, 2025, at('sau.anttpkg'));
  preview = await previewExchangePackage(above.ctx, at('sau.anttpkg'));
  importLater = async (choices) => {
    const result = await importExchangePackage(above.ctx, at('sau.anttpkg'), choices);
    return Object.values(result.written).reduce((n, w) => n + w, 0);
  };
}, 60_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  root.cleanup();
});
afterEach(cleanup);

function show(onImport = vi.fn()) {
  render(
    <AntApp>
      <ImportPreviewModal preview={preview} onImport={onImport} onCancel={vi.fn()} />
    </AntApp>,
  );
  return { dialog: screen.getByRole('dialog'), onImport };
}

describe('import preview', () => {
  it('counts per kind from the real package and lists each conflict with its reason', () => {
    expect(preview.counts.units).toEqual({ new: 0, changed: 0, conflicting: 3, unchanged: 37 });
    const { dialog } = show();
    const unitsRow = within(dialog).getAllByText('Đơn vị')[0]!.closest('tr')!;
    expect([...unitsRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Đơn vị', '0', '0', '3', '37']);
    expect(
      within(dialog).getByText('3 bản ghi xung đột: chọn giữ bản đang có ở đây hay lấy bản trong gói.'),
    ).toBeTruthy();
    for (const name of names) expect(within(dialog).getByText(name)).toBeTruthy();
    const row = within(dialog).getByText(names[0]!).closest('tr')!;
    expect(row.textContent).toMatch(/Số hộ: ở đây .+, trong gói 555/u);
    expect(row.textContent).toMatch(/Ghi chú: ở đây sửa ở tỉnh, trong gói/u);
    expect(within(dialog).getByText(/Không có gì để ghi/u)).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Nhập' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('passes one conflict taken and the others kept; the take-all and keep-all buttons reset single choices', async () => {
    const { dialog, onImport } = show();
    const row = within(dialog).getByText(names[1]!).closest('tr')!;
    await act(async () => fireEvent.click(within(row).getByText('Lấy theo gói')));
    expect(within(dialog).getByText(/Sẽ ghi 1 bản ghi/u)).toBeTruthy();
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Nhập' })));
    expect(onImport).toHaveBeenLastCalledWith({ onConflict: 'keep', choices: { [`units:${uids[1]!}`]: 'take' } });

    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Lấy tất cả theo gói' })));
    expect(within(dialog).getByText(/Sẽ ghi 3 bản ghi/u)).toBeTruthy();
    const first = within(dialog).getByText(names[0]!).closest('tr')!;
    await act(async () => fireEvent.click(within(first).getByText('Giữ bản ở đây')));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Nhập' })));
    expect(onImport).toHaveBeenLastCalledWith({ onConflict: 'take', choices: { [`units:${uids[0]!}`]: 'keep' } });

    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Giữ tất cả bản ở đây' })));
    expect(within(dialog).getByText(/Không có gì để ghi/u)).toBeTruthy();
  });

  it('counts what an import would write the way the import does', async () => {
    expect(toWrite(preview, { onConflict: 'keep', choices: {} })).toBe(0);
    const choices = { onConflict: 'take' as const, choices: { [`units:${uids[2]!}`]: 'keep' as const } };
    expect(toWrite(preview, choices)).toBe(2);
    // What the import then writes with those choices.
    expect(await importLater(choices)).toBe(2);
  });
});
