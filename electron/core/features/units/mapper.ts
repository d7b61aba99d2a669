// Units: row <-> domain mapping, and the derived columns kept for matching, sorting and search.
import { randomUUID } from 'node:crypto';
import type { Unit } from '#shared/api/types.ts';
import type { ExcludedKind } from '#shared/domain/competence.ts';
import type { UnitKind, UnitSubtype } from '#shared/domain/units.ts';
import { foldKey, foldText } from '#shared/text/fold.ts';
import { vietnameseSortKey } from '#shared/text/sortKey.ts';

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

export interface UnitRow {
  id: number;
  uid: string;
  kind: string;
  subtype: string | null;
  name: string;
  parent_id: number | null;
  parent_name: string | null;
  address: string | null;
  head_name: string | null;
  head_phone: string | null;
  households: number | null;
  population: number | null;
  notes: string | null;
  active_from: string | null;
  active_until: string | null;
  merged_into_id: number | null;
  merged_into_name: string | null;
  import_batch_id: number | null;
  source_office_id: number | null;
  source_office_name: string | null;
  has_party_organisation: number;
  excluded_kind: string | null;
  excluded_reason: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  version: number;
}

export function toUnit(r: UnitRow): Unit {
  return {
    id: r.id,
    uid: r.uid,
    kind: r.kind as UnitKind,
    subtype: r.subtype as UnitSubtype | null,
    name: r.name,
    parentId: r.parent_id,
    parentName: r.parent_name,
    address: r.address,
    headName: r.head_name,
    headPhone: r.head_phone,
    households: r.households,
    population: r.population,
    notes: r.notes,
    activeFrom: r.active_from,
    activeUntil: r.active_until,
    mergedIntoId: r.merged_into_id,
    mergedIntoName: r.merged_into_name,
    importBatchId: r.import_batch_id,
    sourceOfficeId: r.source_office_id,
    sourceOfficeName: r.source_office_name,
    hasPartyOrganisation: r.has_party_organisation === 1,
    excludedKind: r.excluded_kind as ExcludedKind | null,
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
    ...(f.hasPartyOrganisation === undefined ? {} : { has_party_organisation: f.hasPartyOrganisation ? 1 : 0 }),
    ...(f.excludedKind === undefined
      ? {}
      : { excluded_kind: f.excludedKind, excluded_reason: f.excludedReason ?? null }),
  };
}

export const newUid = (): string => randomUUID();
