// A real data folder driven through the handler table (contract validation included), signed in as staff, with
// the units models and teams hang on.
import { dispatch } from '../../electron/core/api/dispatch.ts';
import type { AppContext, Host } from '../../electron/core/api/types.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { createUnit } from '../../electron/core/features/units/service.ts';
import type { MethodInput, MethodName, MethodResult } from '#shared/api/contract.ts';
import type { ApiError } from '#shared/api/result.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import { testStore } from './services.ts';
import { testHost } from './testHost.ts';

export async function modelApp(host: Partial<Host> = {}) {
  const t = testStore();
  const user = await t.store.db
    .transaction()
    .execute((trx) =>
      createUser(trx, t.ctx, { username: 'canbo', fullName: 'Cán bộ', role: 'staff', password: 'mat-khau-1' }),
    );
  const app: AppContext = {
    store: t.store,
    session: { user },
    pickedFiles: new Map(),
    now: t.ctx.now,
    host: testHost(host),
  };
  const handlers = createHandlerTable();
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const result = await dispatch(handlers, app, method, JSON.parse(JSON.stringify(input)));
    if (!result.ok) throw Object.assign(new Error(result.error.message), { api: result.error });
    return result.value as MethodResult<M>;
  };
  /** The error envelope of a call expected to fail. */
  const refused = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiError> => {
    const result = await dispatch(handlers, app, method, JSON.parse(JSON.stringify(input)));
    if (result.ok) throw new Error(`${method} was expected to be refused`);
    return result.error;
  };
  const unit = async (name: string, kind: UnitKind = 'khu_dan_cu', parentId: number | null = null) =>
    (
      await createUnit(t.ctx, {
        kind,
        subtype: null,
        name,
        parentId,
        address: null,
        headName: null,
        headPhone: null,
        households: null,
        population: null,
        notes: null,
        activeFrom: null,
        activeUntil: null,
        mergedIntoId: null,
      })
    ).id;
  const rowCount = (table: string) =>
    (t.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { ...t, app, call, refused, unit, rowCount };
}

export const modelFields = (name: string, unitIds: number[], typeCode = 'tu_quan') => ({
  name,
  typeCode,
  field: 'an_ninh_trat_tu' as const,
  unitIds,
  proposer: 'Công an xã',
  proposedOn: '2024-01-10',
  survey: 'Khảo sát tình hình an ninh, trật tự trên địa bàn',
  proposal: 'Đề xuất xây dựng mô hình',
  approvedBy: 'Đảng ủy xã',
  notes: null,
});
