// The restore confirmation shows what a real, verified backup holds before anything is replaced.
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackupInspection } from '#shared/api/backupTypes.ts';
import { createBackup } from '../../electron/core/features/backup/create.ts';
import { inspectBackup } from '../../electron/core/features/backup/inspect.ts';
import { seedDemoUnits } from '../../electron/core/features/demo/service.ts';
import { RestoreConfirm } from '../../renderer/src/features/backup/RestoreConfirm.tsx';
import { FIXED_NOW, testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
let inspection: BackupInspection;

beforeAll(async () => {
  t = testStore();
  await seedDemoUnits(t.ctx);
  const file = path.join(t.dir, 'sao-luu', 'sao-luu-thu.zip');
  await createBackup(t.store, file, { label: 'manual', now: () => FIXED_NOW });
  inspection = await inspectBackup(file);
});
afterAll(async () => t.close());
afterEach(cleanup);

describe('restore confirmation', () => {
  it('shows when the backup was made, for which office, and how many rows it holds, before replacing', async () => {
    const onConfirm = vi.fn();
    render(
      <AntApp>
        <RestoreConfirm inspection={inspection} onConfirm={onConfirm} onCancel={vi.fn()} />
      </AntApp>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('sao-luu-thu.zip')).toBeTruthy();
    expect(within(dialog).getByText('Công an xã Đông Sơn')).toBeTruthy();
    expect(within(dialog).getByText(/^\d{2}\/\d{2}\/2025 \d{2}:\d{2}$/)).toBeTruthy();
    const unitsRow = within(dialog).getByText('Đơn vị').closest('tr')!;
    expect(within(unitsRow as HTMLElement).getByText(String(inspection.counts.units))).toBeTruthy();
    expect(inspection.counts.units).toBeGreaterThan(10);
    expect(within(dialog).getByText('Tài khoản')).toBeTruthy();
    expect(within(dialog).getByText(/Dữ liệu hiện tại được tự động sao lưu trước/)).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Phục hồi' })));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
