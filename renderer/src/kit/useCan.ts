// What the signed-in user may do, read from the contract's access levels: the same rule main enforces.
import { mayCall } from '#shared/api/access.ts';
import type { MethodName } from '#shared/api/contract.ts';
import { useSession } from './session.tsx';

export function useCan(method: MethodName): boolean {
  const { state } = useSession();
  return mayCall(state.user?.role ?? null, method);
}
