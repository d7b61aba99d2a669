// Import of an incident log spreadsheet (Ngày, Khu dân cư / Đơn vị, Loại vụ việc, Nội dung): read with the unit
// import's reader (legacy encodings converted) and header detection; all rows or none.
import path from 'node:path';
import { INCIDENT_CATEGORIES, INCIDENT_CATEGORY_LABELS, type IncidentCategory } from '#shared/domain/round.ts';
import { cleanText, foldKey } from '#shared/text/fold.ts';
import { isValidIsoDate, parseDateVi } from '#shared/text/dates.ts';
import { nowIso, recordAudit, type Db, type ServiceContext } from '../../context.ts';
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

type IncidentField = 'occurredOn' | 'unit' | 'category' | 'note';

const VOCABULARY: HeaderVocabulary<IncidentField> = {
  synonyms: [
    ['category', ['loai vu viec', 'loai vu', 'phan loai', 'tinh chat', 'loai']],
    ['note', ['noi dung', 'tom tat', 'dien bien', 'mo ta', 'ghi chu']],
    ['occurredOn', ['ngay xay ra', 'ngay thang', 'thoi gian', 'ngay']],
    ['unit', ['khu dan cu', 'don vi', 'thon', 'to dan pho', 'dia ban', 'noi xay ra', 'dia diem']],
  ],
  required: 'occurredOn',
};

export interface IncidentImportRow {
  rowNumber: number;
  occurredOn: string | null;
  unitName: string;
  unitId: number | null;
  category: IncidentCategory | null;
  note: string | null;
  status: 'new' | 'duplicate' | 'error';
  problems: string[];
}

export interface IncidentImportAnalysis {
  fileName: string;
  sheet: string;
  encoding: SheetGrid['encoding'];
  headerRow: number;
  rows: IncidentImportRow[];
  counts: { new: number; duplicate: number; error: number };
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

const CATEGORY_BY_KEY = new Map<string, IncidentCategory>(
  INCIDENT_CATEGORIES.flatMap((c) => [
    [foldKey(c), c],
    [foldKey(INCIDENT_CATEGORY_LABELS[c]), c],
  ]),
);

interface UnitIndex {
  /** name key -> ids of this office's own units with that name. */
  byKey: Map<string, number[]>;
  /** unit id + date + category + note: incidents already recorded. */
  recorded: Set<string>;
}

const recordKey = (unitId: number, date: string, category: string, note: string | null) =>
  `${unitId}|${date}|${category}|${note ?? ''}`;

async function unitIndex(db: Db): Promise<UnitIndex> {
  const units = await db.selectFrom('units').select(['id', 'name_key']).where('source_office_id', 'is', null).execute();
  const byKey = new Map<string, number[]>();
  for (const u of units) byKey.set(u.name_key, [...(byKey.get(u.name_key) ?? []), u.id]);
  const incidents = await db.selectFrom('incidents').select(['unit_id', 'occurred_on', 'category', 'note']).execute();
  return { byKey, recorded: new Set(incidents.map((i) => recordKey(i.unit_id, i.occurred_on, i.category, i.note))) };
}

function analyze(fileName: string, grid: SheetGrid, index: UnitIndex): IncidentImportAnalysis {
  const guess = detectHeaderWith(grid.rows, VOCABULARY);
  const col = (field: IncidentField) => guess?.columns.find((c) => c.field === field)?.index;
  if (!guess || col('unit') === undefined || col('category') === undefined) {
    throw new DomainError(
      'validation',
      `Không tìm thấy dòng tiêu đề có đủ các cột "Ngày", "Khu dân cư / Đơn vị", "Loại vụ việc" trong trang "${grid.name}". Chưa ghi gì.`,
    );
  }
  const rows: IncidentImportRow[] = [];
  const seen = new Set<string>();
  for (let i = guess.headerIndex + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    if (cells.every((v) => v === null)) continue;
    if (i === guess.headerIndex + 1 && isNumberingRow(cells)) continue;
    const texts = cells.filter((v): v is string => typeof v === 'string');
    if (isTotalsRow(texts.slice(0, 3))) continue;
    const get = (field: IncidentField): Cell => cells[col(field) ?? -1] ?? null;
    const text = (field: IncidentField) => {
      const v = get(field);
      return v === null ? null : cleanText(String(v)) || null;
    };
    const row: IncidentImportRow = {
      rowNumber: i + 1,
      occurredOn: parseDate(get('occurredOn')),
      unitName: text('unit') ?? '',
      unitId: null,
      category: null,
      note: text('note'),
      status: 'new',
      problems: [],
    };
    if (!row.occurredOn) row.problems.push(`Ngày "${text('occurredOn') ?? ''}" không phải ngày hợp lệ (dd/mm/yyyy).`);
    const ids = index.byKey.get(foldKey(row.unitName)) ?? [];
    if (!row.unitName) row.problems.push('Thiếu tên khu dân cư / đơn vị.');
    else if (ids.length === 0) row.problems.push(`Không có đơn vị "${row.unitName}" trong danh sách đơn vị.`);
    else if (ids.length > 1)
      row.problems.push(`Có ${ids.length} đơn vị cùng tên "${row.unitName}": không biết ghi vào đâu.`);
    else row.unitId = ids[0]!;
    const categoryText = text('category') ?? '';
    row.category = CATEGORY_BY_KEY.get(foldKey(categoryText)) ?? null;
    if (!row.category) row.problems.push(`Không hiểu loại vụ việc "${categoryText}".`);
    if (row.problems.length > 0) row.status = 'error';
    else {
      const key = recordKey(row.unitId!, row.occurredOn!, row.category!, row.note);
      if (index.recorded.has(key) || seen.has(key)) {
        row.status = 'duplicate';
        row.problems.push('Vụ việc này đã có (cùng đơn vị, ngày, loại và nội dung): bỏ qua.');
      }
      seen.add(key);
    }
    rows.push(row);
  }
  const counts = { new: 0, duplicate: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  return { fileName, sheet: grid.name, encoding: grid.encoding, headerRow: guess.headerIndex + 1, rows, counts };
}

export async function analyzeIncidentFile(db: Db, filePath: string): Promise<IncidentImportAnalysis> {
  const wb = await readSheet(filePath);
  return analyze(wb.fileName, wb.grid, await unitIndex(db));
}

/** Records every new row in one transaction, or nothing when any row is wrong. */
export async function importIncidents(
  ctx: ServiceContext,
  filePath: string,
): Promise<{ created: number; analysis: IncidentImportAnalysis }> {
  // Off the main thread, with the archive checks and row limit every spreadsheet gets.
  const wb = await readSheet(filePath);
  const grid = wb.grid;
  return ctx.store.db.transaction().execute(async (trx) => {
    const analysis = analyze(wb.fileName, grid, await unitIndex(trx));
    const errors = analysis.rows.filter((r) => r.status === 'error');
    if (errors.length > 0) {
      throw new DomainError('validation', `Chưa ghi gì: ${rowErrorsSummary(errors)}. Hãy sửa tệp rồi nhập lại.`);
    }
    const fresh = analysis.rows.filter((r) => r.status === 'new');
    const at = nowIso(ctx);
    if (fresh.length > 0) {
      await trx
        .insertInto('incidents')
        .values(
          fresh.map((r) => ({
            unit_id: r.unitId!,
            occurred_on: r.occurredOn!,
            category: r.category!,
            note: r.note,
            created_at: at,
            created_by: ctx.actor,
          })),
        )
        .execute();
      await recordAudit(
        trx,
        ctx,
        'import',
        'incident',
        null,
        `Nhập ${fresh.length} vụ việc từ tệp ${path.basename(filePath)}`,
      );
    }
    return { created: fresh.length, analysis };
  });
}
