// The envelope every API call returns: a value, or a typed error with a message a secretary can act on.

export const ERROR_KINDS = ['validation', 'not-found', 'conflict', 'locked', 'io', 'unauthorized', 'internal'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface FieldProblem {
  /** Dotted path of the input field, e.g. "name" or "office.placeName". */
  path: string;
  message: string;
}

export interface ApiError {
  kind: ErrorKind;
  message: string;
  fields?: FieldProblem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
