// File sizes as the office reads them, the one formatter for screens, the CLI and messages from main.

/** 850 -> "850 byte", 12345 -> "12,1 KB", then MB, GB, TB; one decimal below 100, Vietnamese decimal comma. */
export function formatFileSize(bytes: number): string {
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
