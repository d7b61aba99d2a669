// Guards a reviewer expects: "Không đạt" is saved only with a note saying why; a dossier missing required parts or
// with criteria not assessed is proposed only with a reason, which the history keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '#shared/text/dates.ts';
import { dossierDetail, moveDossier, saveAppraisal } from '../../electron/core/features/appraisal/service.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { testStore } from '../support/services.ts';

let t: ReturnType<typeof testStore>;
beforeAll(async () => {
  t = testStore();
  t.setNow(new Date('2025-11-20T09:00:00+07:00'));
  await seedDemo(t.ctx, 2025);
});
afterAll(async () => t.close());

const today = () => localIsoDate(t.ctx.now());

/** A received dossier of the given completeness, not yet appraised. */
async function received(complete: boolean) {
  const rows = t.store.sqlite.prepare(`SELECT d.id FROM dossiers d WHERE d.status = 'da_nhan' ORDER BY d.id`).all() as {
    id: number;
  }[];
  for (const { id } of rows) {
    const d = await dossierDetail(t.store.db, id, today());
    if (d.complete === complete) return d;
  }
  throw new Error('no such dossier');
}

async function appraise(
  dossierId: number,
  verdict: (code: string) => 'dat' | 'khong_dat' | 'chua_danh_gia',
  note = '',
) {
  const d = await dossierDetail(t.store.db, dossierId, today());
  return saveAppraisal(t.ctx, {
    dossierId,
    version: d.version,
    items: d.items.map((i) => ({
      criterionId: i.criterion.id,
      verdict: verdict(i.criterion.code),
      note: note || null,
    })),
    resultOverride: null,
    overrideReason: null,
    reviewMethod: 'hop',
    reviewDate: '2025-11-15',
    reviewDetail: null,
  });
}

describe('proposal guards', () => {
  it('refuses "Không đạt" without a note, naming the criteria, and saves it with one', async () => {
    const d = await received(true);
    await expect(appraise(d.id, (c) => (c === '2' ? 'khong_dat' : 'dat'))).rejects.toThrow(
      'Tiêu chí đánh giá "Không đạt" cần ghi chú vì sao: tiêu chí 2.',
    );
    expect((await dossierDetail(t.store.db, d.id, today())).items.every((i) => !i.saved)).toBe(true);
    const saved = await appraise(d.id, (c) => (c === '2' ? 'khong_dat' : 'dat'), 'Chưa triển khai tuyên truyền.');
    expect(saved.result).toBe('chua_dat');
  });

  it('proposes a dossier missing required parts only with a reason, kept in its history', async () => {
    const d = await received(false);
    await appraise(d.id, () => 'dat');
    await expect(moveDossier(t.ctx, d.id, 'de_nghi', null)).rejects.toThrow(
      /^Hồ sơ còn thiếu \d+ thành phần bắt buộc \(.+\): cần ghi lý do vẫn đề nghị công nhận\.$/,
    );
    expect((await dossierDetail(t.store.db, d.id, today())).status).toBe('da_tham_dinh');
    await moveDossier(t.ctx, d.id, 'de_nghi', 'Biên bản họp nộp bổ sung sau, đã xác minh qua điện thoại.');
    const after = await dossierDetail(t.store.db, d.id, today());
    expect(after.status).toBe('de_nghi');
    expect(
      t.store.sqlite
        .prepare('SELECT reason FROM dossier_status_history WHERE dossier_id = ? AND to_status = ?')
        .get(d.id, 'de_nghi'),
    ).toEqual({
      reason: 'Biên bản họp nộp bổ sung sau, đã xác minh qua điện thoại.',
    });
  });

  it('proposes a complete, fully assessed dossier without asking why', async () => {
    const d = await received(true);
    await appraise(d.id, () => 'dat');
    await moveDossier(t.ctx, d.id, 'de_nghi', null);
    expect((await dossierDetail(t.store.db, d.id, today())).status).toBe('de_nghi');
  });
});
