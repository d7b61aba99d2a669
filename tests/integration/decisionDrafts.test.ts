// Drafts the office can edit (wording from its own template, units taken out, withdrawn, deleted), the tờ trình
// that proposes them, lists per kind in one decision, and the signed scan attached after signing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { mapSqliteError } from '../../electron/core/db/sqliteErrors.ts';
import { renderDecisionDocx } from '../../electron/core/features/documents/nd30.ts';
import { decisionModel } from '../../electron/core/features/decisions/issue.ts';
import {
  createDecision,
  deleteDraft,
  getDecision,
  signDecision,
  submitDecision,
  updateDraft,
  withdrawDecision,
} from '../../electron/core/features/decisions/service.ts';
import { saveDecisionTemplate, saveYearBases } from '../../electron/core/features/decisions/template.ts';
import { getSettings } from '../../electron/core/features/settings/service.ts';
import { roundRows } from '../../electron/core/features/round/service.ts';
import { DEFAULT_DECISION_TEMPLATE } from '#shared/documents/decisionTemplate.ts';
import { cellsOf, paragraphWithText, readDocx, rowsOf, runsOf, tables, textOf } from './documents/docxXml.ts';
import { defaultSignerId, demoWithProposals, proposedUnits } from '../support/decisionFixtures.ts';
import type { TestStore } from '../support/services.ts';
import { testHost } from '../support/testHost.ts';

let t: TestStore;
beforeEach(async () => {
  t = await demoWithProposals({ from: ['da_nhan', 'da_tham_dinh'] });
});
afterEach(async () => t.close());

const signerId = () => defaultSignerId(t.store);
const proposed = (kind?: string) => proposedUnits(t.store, kind);

/** The real handler table with a host that "picks" the given paths, signed in as the demo admin. */
function api(picks: { save?: string; open?: string } = {}) {
  const app: AppContext = {
    store: t.store,
    // Access checks read the role only; the actor recorded is the username.
    session: { user: { id: 1, username: 'quantri', fullName: 'Quản trị', role: 'admin', active: true } as never },
    pickedFiles: new Map(),
    now: () => t.ctx.now(),
    host: testHost({ pickSavePath: async () => picks.save ?? null, pickOpenFile: async () => picks.open ?? null }),
  };
  const handlers = createHandlerTable();
  return async (method: string, input: unknown): Promise<unknown> => {
    const result = await dispatch(handlers, app, method, JSON.parse(JSON.stringify(input)));
    if (!result.ok) throw result.error;
    return result.value;
  };
}

describe('decision drafts', () => {
  it('take their wording from the office template and the year’s own bases', async () => {
    await saveYearBases(t.ctx, 2025, ['Căn cứ Kế hoạch số 15/KH-UBND ngày 10/02/2025 của UBND tỉnh Thanh Hóa']);
    await saveDecisionTemplate(t.ctx, {
      ...DEFAULT_DECISION_TEMPLATE,
      articles: [...DEFAULT_DECISION_TEMPLATE.articles, 'Khen thưởng {so_don_vi} đơn vị tại {dia_phuong}.'],
      recipients: ['Như Điều 3', 'Lưu: {luu}'],
    });
    const units = await proposed('khu_dan_cu');
    const d = await createDecision(t.ctx, 2025, units);
    expect(d.bases).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
      expect.stringContaining('Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021'),
      'Căn cứ Kế hoạch số 15/KH-UBND ngày 10/02/2025 của UBND tỉnh Thanh Hóa',
      'Theo đề nghị của Trưởng Công an xã Đông Sơn',
    ]);
    expect(d.articles).toHaveLength(4);
    expect(d.articles[3]).toBe(`Khen thưởng ${units.length} đơn vị tại xã Đông Sơn.`);
    expect(d.recipients).toEqual(['Như Điều 3', 'Lưu: VT, CAX']);
    expect(d.subject).toBe('Về việc công nhận khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025');
  });

  it('refuse a template with unknown placeholders, and the shipped template comes back on request', async () => {
    await expect(
      saveDecisionTemplate(t.ctx, { ...DEFAULT_DECISION_TEMPLATE, subject: 'Về việc {khong_co}' }),
    ).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('{khong_co}') });
    await saveDecisionTemplate(t.ctx, { ...DEFAULT_DECISION_TEMPLATE, subject: 'Về việc khác năm {nam}' });
    expect((await createDecision(t.ctx, 2025, await proposed('khu_dan_cu'))).subject).toBe('Về việc khác năm 2025');
    const back = await saveDecisionTemplate(t.ctx, null);
    expect(back).toEqual({ template: DEFAULT_DECISION_TEMPLATE, isDefault: true });
  });

  it('losing units, a draft rewrites the lines still as the template wrote them, and keeps the lines edited', async () => {
    const villages = await proposed('khu_dan_cu');
    const others = await proposed('co_quan');
    expect(villages.length).toBeGreaterThan(1);
    expect(others.length).toBeGreaterThan(0);
    const d = await createDecision(t.ctx, 2025, [...villages, ...others]);
    expect(d.subject).toMatch(/khu dân cư, cơ quan/u);
    const editedArticle = 'Điều 1 do cán bộ tự viết.';
    const after = await updateDraft(t.ctx, d.id, {
      articles: [editedArticle, ...d.articles.slice(1)],
      unitIds: villages,
    });
    // Only villages are left: the subject and the list title name them alone.
    expect(after.subject).toBe('Về việc công nhận khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025');
    expect(after.listTitle).toMatch(/^Danh sách khu dân cư đạt/u);
    expect(after.articles[0]).toBe(editedArticle);
    expect(after.articles.slice(1)).toEqual(d.articles.slice(1));
    await deleteDraft(t.ctx, d.id);
  });

  it('can be edited, lose units, be withdrawn from signature and deleted — but never once signed', async () => {
    const units = await proposed('khu_dan_cu');
    expect(units.length).toBeGreaterThan(2);
    const d = await createDecision(t.ctx, 2025, units);
    const edited = await updateDraft(t.ctx, d.id, {
      subject: '  Về việc công nhận khu dân cư năm 2025 ',
      bases: ['Căn cứ A', '', 'Căn cứ B'],
      unitIds: units.slice(1),
    });
    expect(edited.subject).toBe('Về việc công nhận khu dân cư năm 2025');
    expect(edited.bases).toEqual(['Căn cứ A', 'Căn cứ B']);
    // Article 1 still as the template wrote it: it now counts the units left.
    expect(edited.articles[0]).toBe(
      d.articles[0]!.replace(`Công nhận ${units.length} `, `Công nhận ${units.length - 1} `),
    );
    expect(edited.articles[0]).not.toBe(d.articles[0]);
    expect(edited.articles.slice(1)).toEqual(d.articles.slice(1));
    expect(edited.units.map((u) => u.unitId)).toEqual(d.units.slice(1).map((u) => u.unitId));
    const positions = t.store.sqlite
      .prepare('SELECT position FROM decision_units WHERE decision_id = ? ORDER BY position')
      .all(d.id) as { position: number }[];
    expect(positions.map((p) => p.position)).toEqual(edited.units.map((_, i) => i));
    await expect(updateDraft(t.ctx, d.id, { unitIds: [999_999] })).rejects.toMatchObject({ kind: 'validation' });
    await expect(updateDraft(t.ctx, d.id, { articles: [' '] })).rejects.toMatchObject({ kind: 'validation' });

    await submitDecision(t.ctx, d.id);
    await expect(updateDraft(t.ctx, d.id, { subject: 'x' })).rejects.toMatchObject({ kind: 'conflict' });
    expect((await withdrawDecision(t.ctx, d.id)).status).toBe('draft');
    await deleteDraft(t.ctx, d.id);
    await expect(getDecision(t.store.db, d.id)).rejects.toMatchObject({ kind: 'not-found' });
    // The units removed or deleted with the draft are still proposed and can go into another decision.
    expect(await proposed('khu_dan_cu')).toEqual(units);

    const again = await createDecision(t.ctx, 2025, units);
    await submitDecision(t.ctx, again.id);
    t.setNow(new Date('2025-11-20T09:00:00'));
    await signDecision(t.ctx, again.id, { signedOn: '2025-11-20', signerId: signerId() });
    await expect(updateDraft(t.ctx, again.id, { subject: 'x' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(deleteDraft(t.ctx, again.id)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(withdrawDecision(t.ctx, again.id)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('mixing kinds carries one list per kind in one decision, each titled for its kind from the draft title', async () => {
    const units = await proposed();
    const rows = (await roundRows(t.store.db, 2025)).filter((r) => units.includes(r.unitId));
    const kinds = new Set(rows.map((r) => r.kind));
    expect(kinds.size).toBeGreaterThan(1);
    const d = await createDecision(t.ctx, 2025, units);
    const model = decisionModel(d, await getSettings(t.store.db));
    expect(model.attachedLists).toHaveLength(kinds.size);
    expect(model.attachedLists[0]!.titleLines[0]).toMatch(/^DANH SÁCH KHU DÂN CƯ ĐẠT TIÊU CHUẨN/);
    expect(model.attachedLists.reduce((n, l) => n + l.rows.length, 0)).toBe(units.length);
    for (const list of model.attachedLists)
      expect(list.rows.map((r) => r[0])).toEqual(list.rows.map((_, i) => String(i + 1)));
    // A draft is presented with the default signer, in the .docx as in the preview.
    expect(model.signature).toMatchObject({ authority: 'TM.', signerName: 'Lê Văn Thành' });
    const docx = readDocx(await renderDecisionDocx(model));
    expect(tables(docx).length).toBe(2 + kinds.size);

    // The draft's list title leads every list: its phrase of kinds narrowed to each list's kind.
    const edited = await updateDraft(t.ctx, d.id, { listTitle: d.listTitle.replace(/^Danh sách /u, 'Danh sách các ') });
    const titles = decisionModel(edited, await getSettings(t.store.db)).attachedLists.map((l) => l.titleLines[0]);
    expect(titles[0]).toMatch(/^DANH SÁCH CÁC KHU DÂN CƯ ĐẠT TIÊU CHUẨN/u);
    expect(titles.every((title) => title!.startsWith('DANH SÁCH CÁC '))).toBe(true);
    // A title that no longer names the kinds gives each list its plain title.
    const plain = await updateDraft(t.ctx, d.id, { listTitle: 'Danh sách đơn vị' });
    expect(decisionModel(plain, await getSettings(t.store.db)).attachedLists[0]!.titleLines[0]).toMatch(
      /^DANH SÁCH KHU DÂN CƯ ĐẠT TIÊU CHUẨN/u,
    );
  });
});

describe('tờ trình (proposal)', () => {
  it('is written where the user chooses, in the NĐ 30 layout, and the draft then cites it', async () => {
    const units = await proposed('khu_dan_cu');
    const d = await createDecision(t.ctx, 2025, units);
    const out = path.join(t.dir, 'ra', 'To trinh.docx');
    fs.mkdirSync(path.dirname(out));
    const call = api({ save: out });
    const result = (await call('decisions.proposal', {
      id: d.id,
      number: 12,
      date: '2025-10-20',
      signerName: 'Nguyễn Văn Hùng',
    })) as { fileName: string; decision: { bases: string[] } };
    expect(result.fileName).toBe('To trinh.docx');
    expect(result.decision.bases.at(-1)).toBe(
      'Theo đề nghị của Trưởng Công an xã Đông Sơn tại Tờ trình số 12/TTr-CAX ngày 20/10/2025',
    );
    const doc = readDocx(fs.readFileSync(out));
    paragraphWithText(doc.body, 'CÔNG AN TỈNH THANH HÓA');
    paragraphWithText(doc.body, 'CÔNG AN XÃ ĐÔNG SƠN');
    paragraphWithText(doc.body, 'Số: 12/TTr-CAX');
    paragraphWithText(doc.body, 'Đông Sơn, ngày 20 tháng 10 năm 2025');
    paragraphWithText(doc.body, 'TỜ TRÌNH');
    const addressee = paragraphWithText(doc.body, 'Kính gửi: Chủ tịch Ủy ban nhân dân xã Đông Sơn.');
    expect(runsOf(addressee).every((r) => r.size === 28)).toBe(true);
    paragraphWithText(doc.body, /kính trình Chủ tịch Ủy ban nhân dân xã Đông Sơn xem xét, quyết định/);
    paragraphWithText(doc.body, 'TRƯỞNG CÔNG AN XÃ');
    paragraphWithText(doc.body, 'Nguyễn Văn Hùng');
    paragraphWithText(doc.body, '(Kèm theo Tờ trình số 12/TTr-CAX ngày 20 tháng 10 năm 2025 của Công an xã Đông Sơn)');
    const list = tables(doc).at(-1)!;
    expect(cellsOf(rowsOf(list)[0]!).map(textOf)).toEqual(['STT', 'Tên đơn vị', 'Thuộc', 'Kết quả thẩm định']);
    expect(rowsOf(list)).toHaveLength(units.length + 1);
    expect(textOf(cellsOf(rowsOf(list)[1]!)[3]!)).toBe('Đạt');
  });

  it('prints blanks without a number and leaves the draft alone; cancelling writes nothing', async () => {
    const d = await createDecision(t.ctx, 2025, await proposed('khu_dan_cu'));
    expect(await api()('decisions.proposal', { id: d.id, number: null, date: null, signerName: '' })).toBeNull();
    const out = path.join(t.dir, 'blank.docx');
    await api({ save: out })('decisions.proposal', { id: d.id, number: null, date: null, signerName: '' });
    const doc = readDocx(fs.readFileSync(out));
    paragraphWithText(doc.body, 'Số:      /TTr-CAX');
    paragraphWithText(doc.body, 'Đông Sơn, ngày      tháng      năm 2025');
    expect((await getDecision(t.store.db, d.id)).bases).toEqual(d.bases);
  });
});

describe('signed scans', () => {
  const pdf = () => {
    const file = path.join(t.dir, 'QD da ky.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n% bản quét giả lập\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    return file;
  };

  it('attach to a signed decision only, as PDF, kept by hash and frozen in the database', async () => {
    const d = await createDecision(t.ctx, 2025, await proposed('khu_dan_cu'));
    const file = pdf();
    await expect(api({ open: file })('decisions.attachScan', { id: d.id })).rejects.toMatchObject({ kind: 'conflict' });
    await submitDecision(t.ctx, d.id);
    t.setNow(new Date('2025-11-20T09:00:00'));
    await signDecision(t.ctx, d.id, { signedOn: '2025-11-20', signerId: signerId() });

    const notPdf = path.join(t.dir, 'anh.pdf');
    fs.writeFileSync(notPdf, 'GIF89a not a pdf');
    await expect(api({ open: notPdf })('decisions.attachScan', { id: d.id })).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringContaining('PDF'),
    });
    expect(await api()('decisions.attachScan', { id: d.id })).toBeNull();

    const withScan = (await api({ open: file })('decisions.attachScan', { id: d.id })) as {
      scans: { fileName: string; sha256: string; size: number }[];
    };
    expect(withScan.scans).toEqual([
      expect.objectContaining({ fileName: 'QD da ky.pdf', size: fs.statSync(file).size }),
    ]);
    const stored = path.join(
      t.store.attachmentsDir,
      withScan.scans[0]!.sha256.slice(0, 2),
      `${withScan.scans[0]!.sha256}.pdf`,
    );
    expect(fs.readFileSync(stored)).toEqual(fs.readFileSync(file));
    await expect(api({ open: file })('decisions.attachScan', { id: d.id })).rejects.toMatchObject({ kind: 'conflict' });

    let error: unknown;
    try {
      t.store.sqlite.prepare("UPDATE decision_scans SET file_name = 'x.pdf'").run();
    } catch (e) {
      error = e;
    }
    expect(mapSqliteError(error)).toMatchObject({ kind: 'conflict' });
  });

  it('the database refuses a scan for an unsigned draft even without the app', async () => {
    const d = await createDecision(t.ctx, 2025, await proposed('khu_dan_cu'));
    let error: unknown;
    try {
      t.store.sqlite
        .prepare(
          "INSERT INTO decision_scans (decision_id, attachment_id, file_name, created_at, created_by) VALUES (?, (SELECT min(id) FROM attachments), 'a.pdf', 'x', 'y')",
        )
        .run(d.id);
    } catch (e) {
      error = e;
    }
    expect(mapSqliteError(error)).toMatchObject({ kind: 'conflict' });
  });
});
