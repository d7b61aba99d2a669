// Units: row <-> domain mapping, and the derived columns kept for matching, sorting and search.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Unit } from '#shared/api/types.ts';
import type { ExcludedKind } from '#shared/domain/competence.ts';
import type { UnitKind, UnitSubtype } from '#shared/domain/units.ts';
import { foldKey, foldText } from '#shared/text/fold.ts';
import { vietnameseSortKey } from '#shared/text/sortKey.ts';
import { flag, type Audited, type UnitsTable } from '../../db/schema.ts';

export interface UnitFields {
  kind: UnitKind;
  subtype: UnitSubtype | null;
  name: string;
  parentId: number | null;
  address: string | null;
  headName: string | null;
  headPhone: string | null;
  households: number | null;
  population: number | null;
  notes: string | null;
  activeFrom: string | null;
  activeUntil: string | null;
  mergedIntoId: number | null;
  /** Left out by callers that predate the field: the stored value (or the column default) stays. */
  hasPartyOrganisation?: boolean;
  excludedKind?: ExcludedKind | null;
  excludedReason?: string | null;
}

/**
 * The columns of a unit's own details, as selected from `units as u` by every reader of units (the registry, the
 * exchange export): one list, so a new column is added once.
 */
export const UNIT_COLUMNS = [
  'u.kind',
  'u.subtype',
  'u.name',
  'u.address',
  'u.head_name',
  'u.head_phone',
  'u.households',
  'u.population',
  'u.notes',
  'u.active_from',
  'u.active_until',
  'u.has_party_organisation',
  'u.excluded_kind',
  'u.excluded_reason',
] as const;

type Unaliased<C> = C extends `u.${infer Column}` ? Column : never;
export type UnitColumnsRow = Pick<Selectable<UnitsTable>, Unaliased<(typeof UNIT_COLUMNS)[number]>>;

/** The details between a unit's name and its merge target, in the order both the API and the records list them. */
export function unitDetails(r: UnitColumnsRow) {
  return {
    address: r.address,
    headName: r.head_name,
    headPhone: r.head_phone,
    households: r.households,
    population: r.population,
    notes: r.notes,
    activeFrom: r.active_from,
    activeUntil: r.active_until,
  };
}

export type UnitRow = UnitColumnsRow &
  Pick<
    Selectable<UnitsTable>,
    keyof Audited | 'id' | 'uid' | 'parent_id' | 'merged_into_id' | 'import_batch_id' | 'source_office_id' | 'version'
  > & { parent_name: string | null; merged_into_name: string | null; source_office_name: string | null };

export function toUnit(r: UnitRow): Unit {
  return {
    id: r.id,
    uid: r.uid,
    kind: r.kind,
    subtype: r.subtype,
    name: r.name,
    parentId: r.parent_id,
    parentName: r.parent_name,
    ...unitDetails(r),
    mergedIntoId: r.merged_into_id,
    mergedIntoName: r.merged_into_name,
    importBatchId: r.import_batch_id,
    sourceOfficeId: r.source_office_id,
    sourceOfficeName: r.source_office_name,
    hasPartyOrganisation: r.has_party_organisation === 1,
    excludedKind: r.excluded_kind,
    excludedReason: r.excluded_reason,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    version: r.version,
  };
}

/** Columns stored from the editable fields, with the derived keys. */
export function toColumns(f: UnitFields) {
  return {
    kind: f.kind,
    subtype: f.subtype,
    name: f.name,
    name_key: foldKey(f.name),
    sort_key: vietnameseSortKey(f.name),
    search_text: foldText([f.name, f.address, f.headName, f.headPhone].filter(Boolean).join(' | ')),
    parent_id: f.parentId,
    address: f.address,
    head_name: f.headName,
    head_phone: f.headPhone,
    households: f.households,
    population: f.population,
    notes: f.notes,
    active_from: f.activeFrom,
    active_until: f.activeUntil,
    merged_into_id: f.mergedIntoId,
    ...(f.hasPartyOrganisation === undefined ? {} : { has_party_organisation: flag(f.hasPartyOrganisation) }),
    ...(f.excludedKind === undefined
      ? {}
      : { excluded_kind: f.excludedKind, excluded_reason: f.excludedReason ?? null }),
  };
}

export const newUid = (): string => randomUUID();
