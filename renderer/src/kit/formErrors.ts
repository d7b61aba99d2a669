import type { FormInstance } from 'antd';
import { ApiCallError } from './api.ts';

/** Shows server-side field problems under the matching form fields; returns whether any matched. */
export function applyFieldErrors(form: FormInstance, error: unknown, prefix: string[] = []): boolean {
  if (!(error instanceof ApiCallError) || error.fields.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const fields = error.fields
    .map((f) => ({
      name: [...prefix, ...f.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))],
      errors: [f.message],
    }))
    .filter((f) => known.size === 0 || known.has(String(f.name[0])));
  form.setFields(fields);
  return fields.length > 0;
}
