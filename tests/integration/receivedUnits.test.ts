// Units an office above receives from its communes: listed in its registry with the commune they belong to and
// filterable by it, but never part of its own round (grid, figures, registrations, dossiers, decisions).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '#shared/api/result.ts';
import { unitPageSchema, type UnitSource } from '#shared/api/schemas.ts';
import type { Unit, UnitPage } from '#shared/api/types.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { INCIDENT_CATEGORIES } from '#shared/domain/round.ts';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { created } from '../../electron/core/context.ts';
import { DomainError } from '../../electron/core/errors.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { ensureCampaign } from '../../electron/core/features/campaigns/service.ts';
import { createDecision } from '../../electron/core/features/decisions/service.ts';
import { importExchangePackage } from '../../electron/core/features/exchange/service.ts';
import { createIncident } from '../../electron/core/features/incidents/service.ts';
import { previewFolder } from '../../electron/core/features/dossiers/attach.ts';
import { roundOverview } from '../../electron/core/features/round/overview.ts';
import {
  bulkRegister,
  ensureDossier,
  receiveDossier,
  roundPage,
  roundRows,
  saveRegistration,
} from '../../electron/core/features/round/service.ts';
import { createUnit, queryUnits, queryUnitsPage, updateUnit } from '../../electron/core/features/units/service.ts';
import type { UnitFields } from '../../electron/core/features/units/mapper.ts';
import { communeWithPackage, officeAbove, rowsFingerprint } from '../support/exchangeFixtures.ts';
import { tempDir } from '../support/tempData.ts';
import { testHost } from '../support/testHost.ts';

const DONG_SON = 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN';
const TAY_SON = 'ỦY BAN NHÂN DÂN XÃ TÂY SƠN';

let root: ReturnType<typeof tempDir>;
let above: Awaited<ReturnType<typeof officeAbove>>;
const closeLater: { close(): Promise<void> }[] = [];
let own: Unit[];
let officeIds: Record<string, number>;

const toFields = (u: Omit<Unit, 'id' | 'uid' | 'version'>): UnitFields => ({
  kind: u.kind,
  subtype: u.subtype,
  name: u.name,
  parentId: u.parentId,
  address: u.address,
  headName: u.headName,
  headPhone: u.headPhone,
  households: u.households,
  population: u.population,
  notes: u.notes,
  activeFrom: u.activeFrom,
  activeUntil: u.activeUntil,
  mergedIntoId: u.mergedIntoId,
});

const ownUnit = (name: string, kind: UnitKind): UnitFields => ({
  kind,
  subtype: null,
  name,
  parentId: null,
  address: null,
  headName: null,
  headPhone: null,
  households: null,
  population: null,
  notes: null,
  activeFrom: null,
  activeUntil: null,
  mergedIntoId: null,
});

beforeAll(async () => {
  root = tempDir('antt-received-units-');
  const at = (name: string) => path.join(root.dir, name);
  const dongSon = await communeWithPackage(at('dong-son'), at('dong-son.anttpkg'));
  const taySon = await communeWithPackage(at('tay-son'), at('tay-son.anttpkg'), 'Tây Sơn');
  above = await officeAbove(at('tinh'));
  closeLater.push(dongSon.store, taySon.store, above.store);
  own = [
    await createUnit(above.ctx, ownUnit('Sở Giáo dục và Đào tạo', 'co_quan')),
    await createUnit(above.ctx, ownUnit('Công ty Điện lực Thanh Hóa', 'doanh_nghiep')),
    await createUnit(above.ctx, ownUnit('Thôn Đông 1', 'khu_dan_cu')),
  ];
  await importExchangePackage(above.ctx, at('dong-son.anttpkg'));
  await importExchangePackage(above.ctx, at('tay-son.anttpkg'));
  const offices = above.store.sqlite.prepare('SELECT id, name FROM exchange_offices').all() as {
    id: number;
    name: string;
  }[];
  officeIds = Object.fromEntries(offices.map((o) => [o.name, o.id]));
}, 60_000);

afterAll(async () => {
  for (const s of closeLater) await s.close();
  root.cleanup();
});

function kindCounts(units: Unit[]): Record<UnitKind, number> {
  return Object.fromEntries(UNIT_KINDS.map((k) => [k, units.filter((u) => u.kind === k).length])) as Record<
    UnitKind,
    number
  >;
}

const page = (source: UnitSource, extra: { kind?: UnitKind; search?: string } = {}, offset = 0) =>
  queryUnitsPage(above.store.db, { sort: 'name', descending: false, offset, limit: 500, source, ...extra });

describe('received units in the registry', () => {
  it('carry the name of the commune they came from; own units carry none', async () => {
    expect(Object.keys(officeIds).sort()).toEqual([DONG_SON, TAY_SON].sort());
    const { rows, total } = await page('all');
    expect(total).toBe(83);
    const bySource: Record<string, Unit[]> = {};
    for (const u of rows) (bySource[u.sourceOfficeName ?? 'own'] ??= []).push(u);
    expect(bySource[DONG_SON]).toHaveLength(40);
    expect(bySource[TAY_SON]).toHaveLength(40);
    expect(bySource.own?.map((u) => u.id).sort()).toEqual(own.map((u) => u.id).sort());
    expect(bySource.own?.every((u) => u.sourceOfficeId === null)).toBe(true);
    for (const u of bySource[TAY_SON]!) expect(u.sourceOfficeId).toBe(officeIds[TAY_SON]);
    expect(own[0]).toMatchObject({ sourceOfficeId: null, sourceOfficeName: null });
  });

  it.each<[string, () => UnitSource, (u: Unit) => boolean]>([
    ['own', () => 'own', (u) => u.sourceOfficeId === null],
    ['received', () => 'received', (u) => u.sourceOfficeId !== null],
    ['Đông Sơn', () => officeIds[DONG_SON]!, (u) => u.sourceOfficeName === DONG_SON],
    ['Tây Sơn', () => officeIds[TAY_SON]!, (u) => u.sourceOfficeName === TAY_SON],
  ])(
    'filter by source "%s": rows, total and per-kind counts agree with the full list',
    async (_label, source, wanted) => {
      const all = await queryUnits(above.store.db);
      const expected = all.filter(wanted);
      expect(expected.length).toBeGreaterThan(0);
      const listed = await queryUnits(above.store.db, { source: source() });
      expect(listed.map((u) => u.id)).toEqual(expected.map((u) => u.id));

      const first = await page(source());
      expect(first.rows.map((u) => u.id)).toEqual(expected.map((u) => u.id));
      expect(first.total).toBe(expected.length);
      expect(first.countsByKind).toEqual(kindCounts(expected));

      // With a kind chosen, the counts still cover every kind of that source; a search scans, then filters by source.
      const ofKind = await page(source(), { kind: 'khu_dan_cu' });
      expect(ofKind.total).toBe(expected.filter((u) => u.kind === 'khu_dan_cu').length);
      expect(ofKind.countsByKind).toEqual(kindCounts(expected));
      const searched = await page(source(), { search: 'dong' });
      const matching = (await queryUnits(above.store.db, { search: 'dong' })).filter(wanted);
      expect(searched.rows.map((u) => u.id)).toEqual(matching.map((u) => u.id));
      expect(searched.total).toBe(matching.length);
    },
  );

  it('validates the source filter at the boundary', async () => {
    const base = { offset: 0, limit: 10 };
    expect(unitPageSchema.parse(base).source).toBe('all');
    for (const source of ['own', 'received', 3])
      expect(unitPageSchema.safeParse({ ...base, source }).success).toBe(true);
    for (const source of ['xa', 0, -1, 1.5, null]) {
      expect(unitPageSchema.safeParse({ ...base, source }).success).toBe(false);
    }

    const user = await above.store.db
      .transaction()
      .execute((trx) =>
        createUser(trx, above.ctx, { username: 'canbo', fullName: 'Cán bộ', role: 'staff', password: 'mat-khau-1' }),
      );
    const app: AppContext = {
      store: above.store,
      session: { user },
      pickedFiles: new Map(),
      now: () => new Date('2025-11-05T08:30:00.000Z'),
      host: testHost(),
    };
    const handlers = createHandlerTable();
    const refused = await dispatch(handlers, app, 'units.page', { ...base, source: 'xa' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const answered = (await dispatch(handlers, app, 'units.page', { ...base, source: 'own' })) as Result<UnitPage>;
    expect(answered.ok && answered.value.total).toBe(3);
  });
});

describe("the office above's own round", () => {
  const ownIds = () => own.map((u) => u.id).sort((a, b) => a - b);

  it('lists only its own units in the grid and the figures', async () => {
    const overviewBeforeOpening = await roundOverview(above.store.db, 2025, '2025-11-05');
    expect(overviewBeforeOpening.total).toBe(3);
    await above.store.db.transaction().execute((trx) => ensureCampaign(trx, above.ctx, 2025));
    const grid = await roundPage(above.store.db, 2025, { offset: 0, limit: 500 });
    expect(grid.rows.map((r) => r.unitId).sort((a, b) => a - b)).toEqual(ownIds());
    expect(grid.total).toBe(3);
    expect(grid.countsByKind).toEqual(kindCounts(own));
    expect((await roundRows(above.store.db, 2025)).map((r) => r.unitId).sort((a, b) => a - b)).toEqual(ownIds());

    const overview = await roundOverview(above.store.db, 2025, '2025-11-05');
    expect(overview.total).toBe(3);
    expect(overview.byStatus.chua_dang_ky).toBe(3);
    expect(overview.byKind.khu_dan_cu.total).toBe(1);
    expect(overview.communeCriterion4.total).toBe(3);
  });

  it('refuses to register, receive a dossier for, or draft a decision with a received unit, writing nothing', async () => {
    const received = (await queryUnits(above.store.db, { source: officeIds[DONG_SON]! }))[0]!;
    const before = rowsFingerprint(above.store);
    const registration = {
      registeredOn: '2025-02-10',
      resolutionNumber: null,
      resolutionDate: null,
      householdsRegistered: null,
      householdsTotal: null,
      note: null,
    };
    const attempts: [string, () => Promise<unknown>][] = [
      ['register', () => saveRegistration(above.ctx, 2025, received.id, registration)],
      ['register with own units', () => bulkRegister(above.ctx, 2025, [own[0]!.id, received.id], '2025-02-10', true)],
      ['receive a dossier', () => receiveDossier(above.ctx, 2025, received.id, '2025-10-20')],
      [
        'record an incident',
        () =>
          createIncident(above.ctx, {
            unitId: received.id,
            occurredOn: '2025-05-01',
            category: INCIDENT_CATEGORIES[0],
            note: null,
          }),
      ],
      [
        'open a dossier',
        () =>
          above.store.db.transaction().execute(async (trx) => {
            const campaign = await ensureCampaign(trx, above.ctx, 2025);
            return ensureDossier(trx, above.ctx, campaign.id, received.id);
          }),
      ],
    ];
    for (const [label, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind, label).toBe('validation');
      expect((error as DomainError).message, label).toContain(`"${received.name}" là đơn vị nhận từ ${DONG_SON}`);
    }
    expect(rowsFingerprint(above.store)).toEqual(before);
  });

  it('never matches files on a USB stick to a received unit', async () => {
    // A name found nowhere else, so the matcher would be sure of it if received units were offered.
    const received = (await queryUnits(above.store.db, { source: 'received' })).find((u) => u.kind === 'khu_dan_cu')!;
    const { id, uid: _uid, version, ...fields } = received;
    const unique = 'Khu phố Hạnh Phúc Mới';
    await updateUnit(above.ctx, id, version, { ...toFields(fields), name: unique });
    try {
      const usb = path.join(root.dir, 'usb', unique);
      fs.mkdirSync(usb, { recursive: true });
      fs.writeFileSync(path.join(usb, 'bien_ban.pdf'), '%PDF-1.4\n');
      const [proposal] = await previewFolder(above.store.db, path.dirname(usb), 2025);
      expect(proposal!.relativePath).toBe(`${unique}/bien_ban.pdf`);
      expect(proposal!.unitId).toBeNull();
    } finally {
      const now = (await queryUnits(above.store.db, { source: 'received' })).find((u) => u.id === id)!;
      await updateUnit(above.ctx, id, now.version, { ...toFields(fields), name: received.name });
    }
  });

  it('refuses a decision for a received unit even when an older dossier of it was proposed', async () => {
    const received = (await queryUnits(above.store.db, { source: 'received' }))[0]!;
    const campaign = await above.store.db.transaction().execute((trx) => ensureCampaign(trx, above.ctx, 2025));
    // Written directly: the app no longer opens such a dossier, but a data folder from before may hold one.
    await above.store.db
      .insertInto('dossiers')
      .values({
        campaign_id: campaign.id,
        unit_id: received.id,
        status: 'de_nghi',
        received_on: '2025-10-20',
        received_by: 'tester',
        computed_result: 'dat',
        result_override: null,
        override_reason: null,
        review_method: null,
        review_date: null,
        review_detail: null,
        note: null,
        ...created(above.ctx),
      })
      .execute();
    const before = rowsFingerprint(above.store);
    await expect(createDecision(above.ctx, 2025, [received.id])).rejects.toMatchObject({
      kind: 'validation',
      message: expect.stringContaining('nhận từ xã, phường khác'),
    });
    expect(rowsFingerprint(above.store)).toEqual(before);
  });
});
