// Import of the models list offices keep in spreadsheets: one row per point (Tên mô hình, Loại, Đơn vị, Số quyết
// định, Ngày thành lập, Nơi áp dụng, Ngày áp dụng, Số tổ, Số thành viên), read with the unit import's reader
// (legacy encodings converted) and header detection. Rows of one model are grouped; all or nothing.
import path from 'node:path';
import { cleanText, foldKey } from '#shared/text/fold.ts';
import { formatDateVi, isValidIsoDate, parseDateVi } from '#shared/text/dates.ts';
import { recordAudit, type Db, type ServiceContext } from '../../context.ts';
import { todayIso } from '../../dateRules.ts';
import { DomainError } from '../../errors.ts';
import {
  detectHeaderWith,
  isNumberingRow,
  isTotalsRow,
  readSheet,
  rowErrorsSummary,
  type Cell,
  type HeaderVocabulary,
  type SheetGrid,
} from '../unitImport/index.ts';
import { applyModelAction, insertModel } from './lifecycle.ts';
import { insertPoint, insertTeam } from './points.ts';

type Field = 'name' | 'type' | 'unit' | 'decision' | 'decisionDate' | 'point' | 'startedOn' | 'teams' | 'members';

// First match wins: the longer phrases come before the words they contain.
const VOCABULARY: HeaderVocabulary<Field> = {
  synonyms: [
    ['members', ['so thanh vien', 'so to vien', 'thanh vien', 'so nguoi']],
    ['teams', ['so to', 'so luong to']],
    ['decisionDate', ['ngay thanh lap', 'ngay quyet dinh', 'ngay ra mat']],
    ['startedOn', ['ngay ap dung', 'ngay bat dau', 'ngay nhan rong']],
    ['decision', ['so quyet dinh', 'quyet dinh thanh lap', 'quyet dinh']],
    ['point', ['noi ap dung', 'dia ban ap dung', 'diem']],
    ['type', ['loai mo hinh', 'loai']],
    ['unit', ['don vi xay dung', 'don vi chu tri', 'don vi', 'co quan']],
    ['name', ['ten mo hinh', 'mo hinh']],
  ],
  required: 'name',
};

export interface ModelImportRow {
  rowNumber: number;
  modelName: string;
  pointName: string | null;
  teams: number;
  status: 'new' | 'duplicate' | 'error';
  problems: string[];
}

export interface ModelImportAnalysis {
  fileName: string;
  sheet: string;
  encoding: SheetGrid['encoding'];
  headerRow: number;
  rows: ModelImportRow[];
  counts: { new: number; duplicate: number; error: number };
  /** New models by name, with their points and teams, as they would be written. */
  models: number;
  points: number;
  teams: number;
}

interface PlannedPoint {
  unitId: number;
  startedOn: string;
  teams: number;
  members: number;
}

interface PlannedModel {
  name: string;
  typeCode: string;
  unitIds: number[];
  decisionNumber: string;
  decisionDate: string;
  points: PlannedPoint[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function parseDate(cell: Cell): string | null {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    return new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10);
  }
  if (cell === null) return null;
  const iso = parseDateVi(cell);
  return iso && isValidIsoDate(iso) ? iso : null;
}

function parseCount(cell: Cell): number | null {
  if (cell === null || cell === '') return 0;
  const n = typeof cell === 'number' ? cell : Number(String(cell).trim());
  return Number.isInteger(n) && n >= 0 && n <= 100_000 ? n : null;
}

interface Registry {
  units: Map<string, number[]>;
  types: Map<string, string>;
  models: Set<string>;
}

async function registry(db: Db): Promise<Registry> {
  const units = await db.selectFrom('units').select(['id', 'name_key']).where('source_office_id', 'is', null).execute();
  const byKey = new Map<string, number[]>();
  for (const u of units) byKey.set(u.name_key, [...(byKey.get(u.name_key) ?? []), u.id]);
  const types = await db.selectFrom('model_types').select(['code', 'label']).where('active', '=', 1).execute();
  const models = await db.selectFrom('models').select('name_key').execute();
  return {
    units: byKey,
    types: new Map(types.flatMap((t) => [[foldKey(t.code), t.code] as const, [foldKey(t.label), t.code] as const])),
    models: new Set(models.map((m) => m.name_key)),
  };
}

function analyze(
  fileName: string,
  grid: SheetGrid,
  reg: Registry,
  today: string,
): { analysis: ModelImportAnalysis; plan: PlannedModel[] } {
  const guess = detectHeaderWith(grid.rows, VOCABULARY);
  const col = (field: Field) => guess?.columns.find((c) => c.field === field)?.index;
  if (!guess || col('decision') === undefined || col('decisionDate') === undefined) {
    throw new DomainError(
      'validation',
      `Không tìm thấy dòng tiêu đề có đủ các cột "Tên mô hình", "Số quyết định", "Ngày thành lập" trong trang "${grid.name}". Chưa ghi gì.`,
    );
  }
  const rows: ModelImportRow[] = [];
  const plan = new Map<string, PlannedModel>();
  for (let i = guess.headerIndex + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    if (cells.every((v) => v === null)) continue;
    if (i === guess.headerIndex + 1 && isNumberingRow(cells)) continue;
    if (isTotalsRow(cells.filter((v): v is string => typeof v === 'string').slice(0, 3))) continue;
    const get = (field: Field): Cell => cells[col(field) ?? -1] ?? null;
    const text = (field: Field) => {
      const v = get(field);
      return v === null ? null : cleanText(String(v)) || null;
    };
    const problems: string[] = [];
    const unitOf = (name: string | null, what: string): number | null => {
      if (!name) return null;
      const ids = reg.units.get(foldKey(name)) ?? [];
      if (ids.length === 0) problems.push(`${what} "${name}" không có trong danh sách đơn vị.`);
      else if (ids.length > 1) problems.push(`Có ${ids.length} đơn vị cùng tên "${name}": không biết ghi vào đâu.`);
      return ids.length === 1 ? ids[0]! : null;
    };
    const name = text('name') ?? '';
    const row: ModelImportRow = {
      rowNumber: i + 1,
      modelName: name,
      pointName: text('point'),
      teams: 0,
      status: 'new',
      problems,
    };
    rows.push(row);
    if (!name) problems.push('Thiếu tên mô hình.');
    const typeText = text('type') ?? '';
    const typeCode = typeText ? (reg.types.get(foldKey(typeText)) ?? null) : 'khac';
    if (typeCode === null) problems.push(`Loại mô hình "${typeText}" không có trong danh mục.`);
    const unitId = unitOf(text('unit'), 'Đơn vị');
    const decisionNumber = text('decision');
    if (!decisionNumber) problems.push('Thiếu số quyết định thành lập.');
    const decisionDate = parseDate(get('decisionDate'));
    if (!decisionDate)
      problems.push(`Ngày thành lập "${text('decisionDate') ?? ''}" không phải ngày hợp lệ (dd/mm/yyyy).`);
    else if (decisionDate > today) problems.push(`Ngày thành lập ${formatDateVi(decisionDate)} sau hôm nay.`);
    const pointId = unitOf(row.pointName, 'Nơi áp dụng');
    const startedOn = get('startedOn') === null ? decisionDate : parseDate(get('startedOn'));
    if (row.pointName && !startedOn) problems.push(`Ngày áp dụng "${text('startedOn') ?? ''}" không hợp lệ.`);
    else if (startedOn && decisionDate && (startedOn < decisionDate || startedOn > today))
      problems.push(`Ngày áp dụng ${formatDateVi(startedOn)} phải từ ngày thành lập đến hôm nay.`);
    const teams = parseCount(get('teams'));
    const members = parseCount(get('members'));
    if (teams === null) problems.push(`Số tổ "${text('teams') ?? ''}" không phải số nguyên.`);
    if (members === null) problems.push(`Số thành viên "${text('members') ?? ''}" không phải số nguyên.`);
    if (teams && !row.pointName) problems.push('Có số tổ nhưng thiếu nơi áp dụng.');
    row.teams = teams ?? 0;
    if (problems.length > 0) {
      row.status = 'error';
      continue;
    }
    const key = foldKey(name);
    if (reg.models.has(key)) {
      row.status = 'duplicate';
      problems.push('Mô hình này đã có trong sổ: bỏ qua.');
      continue;
    }
    const model = plan.get(key) ?? {
      name,
      typeCode: typeCode!,
      unitIds: [],
      decisionNumber: decisionNumber!,
      decisionDate: decisionDate!,
      points: [],
    };
    if (unitId !== null && !model.unitIds.includes(unitId)) model.unitIds.push(unitId);
    if (pointId !== null) {
      if (model.points.some((p) => p.unitId === pointId)) {
        row.status = 'error';
        problems.push(`Nơi áp dụng "${row.pointName}" lặp lại trong cùng mô hình.`);
        continue;
      }
      model.points.push({ unitId: pointId, startedOn: startedOn!, teams: teams ?? 0, members: members ?? 0 });
    }
    plan.set(key, model);
  }
  const counts = { new: 0, duplicate: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  const planned = [...plan.values()];
  return {
    analysis: {
      fileName,
      sheet: grid.name,
      encoding: grid.encoding,
      headerRow: guess.headerIndex + 1,
      rows,
      counts,
      models: planned.length,
      points: planned.reduce((n, m) => n + m.points.length, 0),
      teams: planned.reduce((n, m) => n + m.points.reduce((k, p) => k + p.teams, 0), 0),
    },
    plan: planned,
  };
}

export async function analyzeModelFile(ctx: ServiceContext, filePath: string): Promise<ModelImportAnalysis> {
  const wb = await readSheet(filePath);
  return analyze(wb.fileName, wb.grid, await registry(ctx.store.db), todayIso(ctx)).analysis;
}

/** Registers every new model with its points and teams in one transaction, or nothing when any row is wrong. */
export async function importModels(ctx: ServiceContext, filePath: string): Promise<ModelImportAnalysis> {
  const wb = await readSheet(filePath);
  return ctx.store.db.transaction().execute(async (trx) => {
    const { analysis, plan } = analyze(wb.fileName, wb.grid, await registry(trx), todayIso(ctx));
    const errors = analysis.rows.filter((r) => r.status === 'error');
    if (errors.length > 0) {
      throw new DomainError('validation', `Chưa ghi gì: ${rowErrorsSummary(errors)}. Hãy sửa tệp rồi nhập lại.`);
    }
    for (const m of plan) {
      const id = await insertModel(trx, ctx, {
        name: m.name,
        typeCode: m.typeCode,
        field: 'an_ninh_trat_tu',
        unitIds: m.unitIds,
        proposer: null,
        proposedOn: m.decisionDate,
        survey: null,
        proposal: null,
        approvedBy: null,
        notes: `Nhập từ tệp ${path.basename(filePath)}`,
      });
      await applyModelAction(trx, ctx, id, {
        action: 'thanh_lap',
        onDate: m.decisionDate,
        decisionNumber: m.decisionNumber,
        decisionSigner: '',
        steeringBoard: null,
        note: null,
      });
      const points = [...m.points].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
      await applyModelAction(trx, ctx, id, {
        action: 'ra_mat',
        onDate: points[0]?.startedOn ?? m.decisionDate,
        note: null,
      });
      for (const p of points) {
        const pointId = await insertPoint(trx, ctx, {
          modelId: id,
          unitId: p.unitId,
          startedOn: p.startedOn,
          decisionNumber: null,
          decisionDate: null,
        });
        for (let k = 0; k < p.teams; k++) {
          // The sheet gives counts only: members are spread over the teams, the first ones taking the remainder.
          const share = Math.floor(p.members / p.teams) + (k < p.members % p.teams ? 1 : 0);
          await insertTeam(trx, ctx, {
            pointId,
            name: `Tổ ${k + 1}`,
            leaderName: null,
            memberCount: share,
            foundedOn: p.startedOn,
            members: [],
          });
        }
      }
    }
    if (plan.length > 0) {
      await recordAudit(
        trx,
        ctx,
        'import',
        'model',
        null,
        `Nhập ${plan.length} mô hình từ tệp ${path.basename(filePath)}`,
      );
    }
    return analysis;
  });
}
