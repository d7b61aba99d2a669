// Who may call a method, read from the contract's access levels: main enforces it, the renderer hides what it refuses.
import type { Role } from '../domain/accounts.ts';
import { contract, type Access, type MethodName } from './contract.ts';

/** Why a call is refused: nobody is signed in, the method is for admins, or the account may only read. */
export type Denial = 'signed-out' | 'admin-only' | 'read-only';

export function accessDenial(role: Role | null, access: Access): Denial | null {
  if (access === 'public') return null;
  if (role === null) return 'signed-out';
  if (access === 'admin' && role !== 'admin') return 'admin-only';
  if (access === 'writer' && role === 'leader') return 'read-only';
  return null;
}

export function mayCall(role: Role | null, method: MethodName): boolean {
  return accessDenial(role, contract[method].access) === null;
}
