// Kysely's view of the tables; rows are mapped to domain types once, in each feature's mapper.
import type { Generated } from 'kysely';

type Audited = {
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
};

export interface UsersTable extends Audited {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: string;
  password_hash: string;
  active: Generated<number>;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  last_login_at: string | null;
}

export interface OfficeSettingsTable {
  id: number;
  level: string;
  issuing_body_upper: string;
  locality_upper: string;
  place_name: string;
  province_name: string;
  committee_name: string;
  standing_office_name: string;
  decision_code: string;
  proposal_code: string;
  archive_code: string;
  updated_at: string;
  updated_by: string;
}

export interface SignersTable extends Audited {
  id: Generated<number>;
  full_name: string;
  title: string;
  authority: string;
  is_default: number;
  active: number;
  sort_order: number;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  file_name: string;
  sheet: string;
  kind: string | null;
  unit_count: number;
  created_at: string;
  created_by: string;
  undone_at: string | null;
  undone_by: string | null;
}

export interface UnitsTable extends Audited {
  id: Generated<number>;
  uid: string;
  kind: string;
  subtype: string | null;
  name: string;
  name_key: string;
  sort_key: string;
  search_text: string;
  parent_id: number | null;
  address: string | null;
  head_name: string | null;
  head_phone: string | null;
  households: number | null;
  population: number | null;
  notes: string | null;
  active_from: string | null;
  active_until: string | null;
  merged_into_id: number | null;
  import_batch_id: number | null;
  version: Generated<number>;
}

export interface UnitNameHistoryTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  valid_until: string;
  recorded_at: string;
  recorded_by: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  summary: string;
}

export interface Database {
  users: UsersTable;
  office_settings: OfficeSettingsTable;
  signers: SignersTable;
  import_batches: ImportBatchesTable;
  units: UnitsTable;
  unit_name_history: UnitNameHistoryTable;
  audit_log: AuditLogTable;
}
