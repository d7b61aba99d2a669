// Files and folders the user picked through the host, kept by opaque token: the renderer never sees paths.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors.ts';
import type { AppContext } from './types.ts';

/** Remembers a picked path and returns the token the renderer refers to it by. */
export function rememberPicked(app: AppContext, file: string): string {
  const token = randomUUID();
  app.pickedFiles.set(token, file);
  return token;
}

/** The path behind a token; `missing` tells the user what to pick again when it is gone. */
export function pickedPath(app: AppContext, token: string, missing: string): string {
  const file = app.pickedFiles.get(token);
  if (!file) throw new DomainError('not-found', missing);
  return file;
}

export function forgetPicked(app: AppContext, token: string): void {
  app.pickedFiles.delete(token);
}
