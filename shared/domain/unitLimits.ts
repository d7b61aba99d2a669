// One limit per unit field, shared by the unit form, the API's checks and the Excel import, so a unit the import
// takes can always be opened and saved in the form, and the reverse.
export const UNIT_TEXT_LIMITS = {
  name: 200,
  address: 300,
  headName: 100,
  headPhone: 40,
  notes: 2000,
} as const;

export type UnitTextField = keyof typeof UNIT_TEXT_LIMITS;

export const UNIT_FIELD_LABELS: Record<UnitTextField | 'households' | 'population', string> = {
  name: 'Tên đơn vị',
  address: 'Địa chỉ',
  headName: 'Người đứng đầu',
  headPhone: 'Số điện thoại',
  notes: 'Ghi chú',
  households: 'Số hộ',
  population: 'Số nhân khẩu',
};

/** The largest count of households or people a unit may have. */
export const UNIT_COUNT_MAX = 10_000_000;

/** The message when a text field is too long, the same everywhere. */
export const tooLong = (field: UnitTextField): string =>
  `${UNIT_FIELD_LABELS[field]} dài quá ${UNIT_TEXT_LIMITS[field]} ký tự.`;
