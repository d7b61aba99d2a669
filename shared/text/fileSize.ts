// File sizes as the office reads them.
import { formatNumberVi } from './numbers.ts';

/** 12345 -> "12,1 KB"; Vietnamese decimal comma. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumberVi(bytes)} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatNumberVi(Math.round(kb * 10) / 10)} KB`;
  return `${formatNumberVi(Math.round((kb / 1024) * 10) / 10)} MB`;
}
