// What differs between this office's copy of a unit and the package's, in words a secretary decides on.
import type { Conflict } from '#shared/api/exchangeTypes.ts';
import { EXCLUDED_KIND_LABELS, type ExcludedKind } from '#shared/domain/competence.ts';
import { UNIT_KIND_LABELS, UNIT_SUBTYPE_LABELS, type UnitKind, type UnitSubtype } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import type { UnitRecord } from './records.ts';

type Field = Exclude<keyof UnitRecord, 'id'>;

const UNIT_FIELDS: Record<Field, string> = {
  kind: 'Loại',
  subtype: 'Phân loại',
  name: 'Tên',
  parentId: 'Thuộc',
  address: 'Địa chỉ',
  headName: 'Người đứng đầu',
  headPhone: 'Điện thoại',
  households: 'Số hộ',
  population: 'Số nhân khẩu',
  notes: 'Ghi chú',
  activeFrom: 'Hoạt động từ',
  activeUntil: 'Hoạt động đến',
  mergedIntoId: 'Sáp nhập vào',
  hasPartyOrganisation: 'Có tổ chức Đảng',
  excludedKind: 'Loại không thuộc phạm vi công nhận',
  excludedReason: 'Lý do vẫn đưa vào',
};

/** At most this many characters of a value: a long note is shown by its start. */
const SHOWN = 80;

function shown(field: Field, value: UnitRecord[Field], unitName: (uid: string) => string): string {
  if (value === null || value === undefined || value === '') return '';
  let text: string;
  if (field === 'kind') text = UNIT_KIND_LABELS[value as UnitKind] ?? String(value);
  else if (field === 'subtype') text = UNIT_SUBTYPE_LABELS[value as UnitSubtype] ?? String(value);
  else if (field === 'parentId' || field === 'mergedIntoId') text = unitName(String(value));
  else if (field === 'activeFrom' || field === 'activeUntil') text = formatDateVi(String(value));
  else if (field === 'excludedKind') text = EXCLUDED_KIND_LABELS[value as ExcludedKind] ?? String(value);
  else if (typeof value === 'boolean') text = value ? 'Có' : 'Không';
  else if (typeof value === 'number') text = formatNumberVi(value);
  else text = String(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}

export function unitDifferences(
  here: UnitRecord,
  incoming: UnitRecord,
  unitName: (uid: string) => string,
): NonNullable<Conflict['details']> {
  return (Object.keys(UNIT_FIELDS) as Field[])
    .filter((f) => (here[f] ?? null) !== (incoming[f] ?? null))
    .map((f) => ({
      field: UNIT_FIELDS[f],
      here: shown(f, here[f], unitName),
      package: shown(f, incoming[f], unitName),
    }));
}
