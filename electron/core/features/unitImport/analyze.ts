// Turns a sheet grid into preview rows: one unit each, or a reason it is skipped or wrong.
import type { ImportAnalysis, ImportColumn, ImportField, ImportRow, ImportRowStatus } from '#shared/api/types.ts';
import { UNIT_COUNT_MAX, UNIT_FIELD_LABELS, UNIT_TEXT_LIMITS, tooLong } from '#shared/domain/unitLimits.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { cleanText, foldKey, foldText } from '#shared/text/fold.ts';
import { parseCount } from '#shared/text/numbers.ts';
import { DomainError } from '../../errors.ts';
import { columnsAt, detectHeader, isNumberingRow } from './columns.ts';
import { inferKindFolded, isTotalsRow, parseKind, parseSubtype, sectionKind } from './infer.ts';
import type { Cell, SheetGrid } from './spreadsheet.ts';

export interface AnalyzeOptions {
  /** 1-based header row chosen by the user; detected when absent. */
  headerRow?: number;
  /** Column mapping chosen by the user; detected when absent. */
  mapping?: { index: number; field: ImportField | null }[];
  /** Kind for rows that do not say theirs. */
  kind?: UnitKind;
}

export interface ExistingUnitKeys {
  /** kind + "\u0000" + folded name key of every registered unit. */
  units: Set<string>;
  /** Folded name key -> id, for resolving "Thuộc" (parent) cells. */
  parents: Map<string, number>;
}

export const unitKey = (kind: string, name: string): string => `${kind}\u0000${foldKey(name)}`;
/** unitKey for a name already passed through foldText (foldKey = foldText, then only a-z and 0-9 kept). */
const unitKeyFolded = (kind: string, folded: string): string => `${kind}\u0000${folded.replace(/[^a-z0-9]/g, '')}`;

function text(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const t = cleanText(typeof cell === 'number' ? String(cell) : cell);
  return t === '' ? null : t;
}

export function analyzeGrid(
  fileName: string,
  sheets: string[],
  grid: SheetGrid,
  existing: ExistingUnitKeys,
  options: AnalyzeOptions = {},
): ImportAnalysis {
  let headerIndex: number;
  let columns: ImportColumn[];
  if (options.headerRow !== undefined) {
    headerIndex = options.headerRow - 1;
    if (headerIndex >= grid.rows.length) {
      throw new DomainError(
        'validation',
        `Dòng tiêu đề ${options.headerRow} nằm ngoài trang tính (chỉ có ${grid.rows.length} dòng).`,
      );
    }
    columns = columnsAt(grid.rows, headerIndex);
  } else {
    const guess = detectHeader(grid.rows);
    if (!guess) {
      throw new DomainError(
        'validation',
        `Không tìm thấy dòng tiêu đề có cột tên đơn vị trong trang "${grid.name}". Hãy kiểm tra bảng có cột "Tên thôn", "Tên đơn vị"... hoặc chọn dòng tiêu đề và cột bằng tay.`,
      );
    }
    headerIndex = guess.headerIndex;
    columns = guess.columns;
  }
  if (options.mapping) {
    const chosen = new Map(options.mapping.map((m) => [m.index, m.field]));
    columns = columns.map((c) => ({ ...c, field: chosen.has(c.index) ? (chosen.get(c.index) ?? null) : c.field }));
    const fields = columns.map((c) => c.field).filter(Boolean);
    if (new Set(fields).size !== fields.length) {
      throw new DomainError('validation', 'Mỗi trường chỉ được gán cho một cột. Hãy bỏ chọn cột bị trùng.');
    }
  }
  const col = (field: ImportField) => columns.find((c) => c.field === field)?.index;
  const nameCol = col('name');
  if (nameCol === undefined) {
    throw new DomainError('validation', 'Chưa chọn cột tên đơn vị. Hãy gán một cột là "Tên đơn vị".');
  }

  const seen = new Set<string>();
  const rows: ImportRow[] = [];
  let section: UnitKind | null = null;
  for (let i = headerIndex + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const values = cells.filter((v) => v !== null);
    if (values.length === 0) continue;
    if (isNumberingRow(cells) && i === headerIndex + 1) continue;
    const get = (field: ImportField) => {
      const c = col(field);
      return c === undefined ? null : text(cells[c]);
    };
    const texts = values.filter((v): v is string => typeof v === 'string');
    const distinct = new Set(values.map(String));
    const row: ImportRow = {
      rowNumber: i + 1,
      status: 'new',
      name: get('name') ?? '',
      kind: null,
      subtype: null,
      parentName: get('parentName'),
      address: get('address'),
      headName: get('headName'),
      headPhone: get('headPhone'),
      households: null,
      population: null,
      notes: get('notes'),
      problems: [],
    };
    const skip = (reason: string) => {
      row.status = 'skipped';
      row.problems.push(reason);
      rows.push(row);
    };
    if (isTotalsRow(texts.slice(0, 3))) {
      skip('Dòng tổng cộng: bỏ qua.');
      continue;
    }
    if (distinct.size === 1 && texts.length > 0) {
      const kind = sectionKind(texts[0]!);
      if (kind) {
        section = kind;
        skip(`Dòng tiêu đề nhóm: các dòng dưới là ${UNIT_KIND_LABELS[kind].toLowerCase()}.`);
        continue;
      }
    }
    if (!row.name) {
      row.status = 'error';
      row.problems.push('Thiếu tên đơn vị.');
      rows.push(row);
      continue;
    }

    const kindCell = get('kind');
    const foldedName = foldText(row.name);
    const inferred = inferKindFolded(foldedName);
    const kind = (kindCell ? parseKind(kindCell) : null) ?? options.kind ?? section ?? inferred?.kind ?? null;
    row.kind = kind;
    if (kindCell && !parseKind(kindCell)) row.problems.push(`Không hiểu loại đơn vị "${kindCell}".`);
    if (!kind) {
      row.status = 'error';
      row.problems.push('Không xác định được loại đơn vị. Hãy chọn loại cho cả tệp hoặc thêm cột "Loại".');
    }
    const subtypeCell = get('subtype');
    row.subtype = subtypeCell
      ? parseSubtype(subtypeCell, kind)
      : inferred && inferred.kind === kind
        ? inferred.subtype
        : null;

    for (const field of ['name', 'address', 'headName', 'headPhone', 'notes'] as const) {
      const value = row[field];
      if (value !== null && value.length > UNIT_TEXT_LIMITS[field]) {
        row.status = 'error';
        row.problems.push(tooLong(field));
      }
    }
    for (const field of ['households', 'population'] as const) {
      const c = col(field);
      const cell = c === undefined ? null : (cells[c] ?? null);
      if (cell === null) continue;
      const n = parseCount(cell);
      if (n !== null && n > UNIT_COUNT_MAX) {
        row.status = 'error';
        row.problems.push(`${UNIT_FIELD_LABELS[field]} quá lớn.`);
      } else if (n === null) {
        row.status = 'error';
        row.problems.push(
          `${field === 'households' ? 'Số hộ' : 'Số nhân khẩu'} "${String(cell)}" không phải số nguyên.`,
        );
      } else {
        row[field] = n;
      }
    }
    if (row.headPhone && !/^[+\d][\d\s.()-]{5,}$/.test(row.headPhone)) {
      row.problems.push(`Số điện thoại "${row.headPhone}" có ký tự lạ: vẫn nhập, hãy kiểm tra lại.`);
    }
    if (row.parentName && !existing.parents.has(foldKey(row.parentName))) {
      row.problems.push(`Chưa có đơn vị cấp trên "${row.parentName}" trong danh sách: để trống.`);
    }
    if (row.status !== 'error' && kind) {
      const key = unitKeyFolded(kind, foldedName);
      if (existing.units.has(key)) {
        row.status = 'duplicate';
        row.problems.push('Đã có đơn vị cùng tên trong danh sách: bỏ qua.');
      } else if (seen.has(key)) {
        row.status = 'duplicate';
        row.problems.push('Trùng với một dòng phía trên trong tệp: bỏ qua.');
      }
      seen.add(key);
    }
    rows.push(row);
  }

  const counts: Record<ImportRowStatus, number> = { new: 0, duplicate: 0, error: 0, skipped: 0 };
  for (const r of rows) counts[r.status]++;
  return {
    fileName,
    sheets,
    sheet: grid.name,
    headerRow: headerIndex + 1,
    columns,
    encoding: grid.encoding,
    rows,
    counts,
  };
}
