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
