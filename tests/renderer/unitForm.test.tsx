// The unit form in jsdom, with window.api answered in-process by the real handler table over a real data folder.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Unit } from '#shared/api/types.ts';
import { UnitForm } from '../../renderer/src/features/units/UnitForm.tsx';
import { inProcessApi, type InProcessApi } from '../support/inProcessApi.ts';

let api: InProcessApi;
beforeAll(async () => {
  api = await inProcessApi();
  window.api = { call: api.call };
});
afterAll(async () => api.close());
afterEach(cleanup);

function renderForm(onSaved = vi.fn()) {
  render(
    <AntApp>
      <UnitForm unit={null} onClose={vi.fn()} onSaved={onSaved} />
    </AntApp>,
  );
  return onSaved;
}

describe('unit form', () => {
  it('says in Vietnamese what is missing and saves nothing', async () => {
    renderForm();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Lưu/ })));
    expect(await screen.findByText('Hãy nhập tên đơn vị.')).toBeTruthy();
    expect(api.unitCount()).toBe(0);
  });

  it('rejects a malformed phone number in Vietnamese', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Tên đơn vị'), { target: { value: 'Thôn Đông 1' } });
    fireEvent.change(screen.getByLabelText('Số điện thoại'), { target: { value: 'gọi trưởng thôn' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Lưu/ })));
    expect(await screen.findByText(/Số điện thoại chỉ gồm chữ số/)).toBeTruthy();
    expect(api.unitCount()).toBe(0);
  });

  it('saves a unit through the real handlers with NFC text and the signed-in author', async () => {
    const onSaved = renderForm();
    fireEvent.change(screen.getByLabelText('Tên đơn vị'), { target: { value: '  Thôn   Đông 1 '.normalize('NFD') } });
    fireEvent.change(screen.getByLabelText('Số hộ'), { target: { value: '312' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Lưu/ })));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.units()).toEqual([{ name: 'Thôn Đông 1', households: 312, created_by: 'canbo' }]);
  });

  it('warns when a typed name folds to an existing unit of the same kind, and asks before saving it', async () => {
    // "Thôn Đông 1" was saved by the test above.
    const onSaved = renderForm();
    fireEvent.change(screen.getByLabelText('Tên đơn vị'), { target: { value: 'thon  DONG-1' } });
    expect(await screen.findByText(/Đã có đơn vị cùng loại tên gần như trùng: “Thôn Đông 1”/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Lưu/ })));
    expect((await screen.findAllByText('Đã có đơn vị cùng loại trùng tên')).length).toBeGreaterThan(0);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Xem lại' })));
    expect(onSaved).not.toHaveBeenCalled();
    expect(api.unitCount()).toBe(1);
  });

  it('says where a unit received from a commune came from, and still lets it be edited', () => {
    const received: Unit = {
      id: 1,
      uid: 'u-1',
      kind: 'khu_dan_cu',
      subtype: 'thon',
      name: 'Thôn Đông 1',
      parentId: null,
      parentName: null,
      address: null,
      headName: null,
      headPhone: null,
      households: 120,
      population: null,
      notes: null,
      activeFrom: null,
      activeUntil: null,
      mergedIntoId: null,
      mergedIntoName: null,
      importBatchId: null,
      sourceOfficeId: 7,
      sourceOfficeName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
      createdAt: '2025-11-05T08:30:00.000Z',
      createdBy: 'tester',
      updatedAt: '2025-11-05T08:30:00.000Z',
      updatedBy: 'tester',
      version: 1,
    };
    render(
      <AntApp>
        <UnitForm unit={received} onClose={vi.fn()} onSaved={vi.fn()} />
      </AntApp>,
    );
    expect(screen.getByText('Đơn vị nhận từ Xã Đông Sơn')).toBeTruthy();
    expect(screen.getByText(/hỏi giữ bản sửa ở đây \(mặc định\) hay lấy bản của xã, phường/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Lưu/ })).toBeTruthy();
  });
});
