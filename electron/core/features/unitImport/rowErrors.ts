// How a refused spreadsheet import names its wrong rows: the count and the first three, each with its problems.
export function rowErrorsSummary(errors: readonly { rowNumber: number; problems: readonly string[] }[]): string {
  const first = errors
    .slice(0, 3)
    .map((r) => `dòng ${r.rowNumber}: ${r.problems.join(' ')}`)
    .join('; ');
  return `${errors.length} dòng có lỗi (${first}${errors.length > 3 ? '; ...' : ''})`;
}
