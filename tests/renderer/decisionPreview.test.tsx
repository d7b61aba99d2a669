// The decision preview and the draft editor in jsdom, with window.api answered by the real handler table over a
// real data folder holding the demo commune: the preview prints the document model's words, one sheet per list.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Decision } from '#shared/api/decisionTypes.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { DecisionPreview } from '../../renderer/src/features/decisions/DecisionPreview.tsx';
import { EditDraftModal } from '../../renderer/src/features/decisions/EditDraftModal.tsx';
import { inProcessApi, type InProcessApi } from '../support/inProcessApi.ts';

let api: InProcessApi;
let draft: Decision;

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = (await window.api.call(method, input)) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

beforeAll(async () => {
  api = await inProcessApi((ctx) => seedDemo(ctx, 2025));
  window.api = { call: api.call };
  // A draft of every unit the demo leaves proposed: several kinds, so one list per kind.
  const ids = await call<number[]>('round.ids', { year: 2025, status: 'de_nghi' });
  draft = await call<Decision>('decisions.create', { year: 2025, unitIds: ids });
});
afterAll(async () => {
  await api?.close();
});
afterEach(cleanup);

function inApp(node: React.ReactNode) {
  return render(<AntApp>{node}</AntApp>);
}

describe('decision preview', () => {
  it('prints the document model: blanks for a draft, bases with their endings, one list per kind', async () => {
    const d = draft;
    const kinds = new Set(d.units.map((u) => u.kind));
    expect(kinds.size).toBeGreaterThan(1);

    inApp(<DecisionPreview decision={d} />);
    const sheet = await screen.findByRole('article', { name: 'Bản xem trước quyết định' });
    // A draft has no number and no date yet: blanks to be filled in by hand, spaces kept.
    expect(sheet.querySelector('.dp-number')!.textContent).toBe('Số:      /QĐ-UBND');
    expect(sheet.querySelector('.dp-place-date')!.textContent).toBe('Đông Sơn, ngày      tháng      năm 2025');
    expect(within(sheet).getByText(`${d.bases[0]!};`)).toBeTruthy();
    expect(within(sheet).getByText(`${d.bases.at(-1)!}.`)).toBeTruthy();
    expect(within(sheet).getByText('- Lưu: VT, CAX.')).toBeTruthy();

    const lists = document.querySelectorAll('section.dp-annex');
    expect(lists).toHaveLength(kinds.size);
    const titles = [...lists].map((l) => l.querySelector('h2')!.textContent);
    expect(titles).toContain('DANH SÁCH CƠ QUAN ĐẠT TIÊU CHUẨN “AN TOÀN VỀ AN NINH, TRẬT TỰ” NĂM 2025');
    const rows = [...lists].reduce((n, l) => n + l.querySelectorAll('tbody tr').length, 0);
    expect(rows).toBe(d.units.length);
    // Each list numbers its own rows from 1, under a header row that repeats on every printed page.
    for (const list of lists) {
      expect(list.querySelector('thead')!.textContent).toBe('STTTên đơn vịThuộcGhi chú');
      expect(list.querySelector('tbody td')!.textContent).toBe('1');
    }
  });

  it('saves a draft edited line by line, with a unit taken out, and the preview follows', async () => {
    const d = draft;
    const onSaved = vi.fn();
    inApp(<EditDraftModal decision={d} onClose={vi.fn()} onSaved={onSaved} />);

    fireEvent.change(screen.getByLabelText('Căn cứ 1'), { target: { value: 'Căn cứ Luật Thử nghiệm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa nơi nhận 2' }));
    fireEvent.click(screen.getByRole('tab', { name: /Đơn vị/ }));
    const first = d.units[0]!;
    fireEvent.click(screen.getByLabelText(`Giữ ${first.name}`));
    expect(await screen.findByText(/Dự thảo sẽ còn \d+ đơn vị/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lưu dự thảo' })));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());

    const saved = onSaved.mock.calls[0]![0] as Decision;
    expect(saved.bases[0]).toBe('Căn cứ Luật Thử nghiệm');
    expect(saved.recipients).toEqual([d.recipients[0], ...d.recipients.slice(2)]);
    expect(saved.units.map((u) => u.unitId)).toEqual(d.units.slice(1).map((u) => u.unitId));
    cleanup();

    inApp(<DecisionPreview decision={saved} />);
    expect(await screen.findByText('Căn cứ Luật Thử nghiệm;')).toBeTruthy();
    expect(screen.queryByText(first.name)).toBeNull();
  });
});
