// Typed calls to main through the one object the preload exposes. The renderer never sees SQL or paths.
import type { MethodInput, MethodName, MethodResult } from '#shared/api/contract.ts';
import type { ApiError, ErrorKind, FieldProblem, Result } from '#shared/api/result.ts';

declare global {
  interface Window {
    api: { call(method: string, input: unknown): Promise<unknown> };
  }
}

export class ApiCallError extends Error {
  readonly kind: ErrorKind;
  readonly fields: FieldProblem[];

  constructor(error: ApiError) {
    super(error.message);
    this.kind = error.kind;
    this.fields = error.fields ?? [];
  }
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = (await window.api.call(method, input)) as Result<MethodResult<M>>;
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Có lỗi không mong đợi. Hãy thử lại.';
}
