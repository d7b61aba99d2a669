// Vietnamese number conventions: "." groups thousands, "," is the decimal mark.

const viNumber = new Intl.NumberFormat('vi-VN');

export function formatNumberVi(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : viNumber.format(value);
}

/**
 * Reads a whole count as people type it in offices: "1.234", "1,234", "1 234", "1234 hộ", "412 nhân khẩu".
 * Returns null when the text holds no count, or a fraction.
 */
export function parseCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFC').trim();
  const m = /^(\d{1,3}(?:[.,\s\u00a0]\d{3})+|\d+)(?:\s+[\p{L}.]+)*$/u.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[.,\s\u00a0]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** A file size as people read it: "850 KB", "12,4 MB", "1,2 GB". */
export function formatBytesVi(bytes: number): string {
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
