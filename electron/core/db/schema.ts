// Kysely's view of the tables; rows are mapped to domain types once, in each feature's mapper. Enum columns carry
// the unions their CHECK constraints allow, flags are 0 | 1; row types are derived from these with Selectable.
import type { Generated } from 'kysely';
import type { DecisionStatus, IssuedFile } from '#shared/api/decisionTypes.ts';
import type { Criterion } from '#shared/api/roundTypes.ts';
import type { OfficeLevel, Role, SigningAuthority } from '#shared/domain/accounts.ts';
import type { ExcludedKind } from '#shared/domain/competence.ts';
import type {
  AppraisalResult,
  DossierStatus,
  IncidentCategory,
  IncidentEffect,
  ReviewMethod,
  Verdict,
} from '#shared/domain/round.ts';
import type { UnitKind, UnitSubtype } from '#shared/domain/units.ts';
import type {
  ExemplarSubject,
  MemberRole,
  ModelAction,
  ModelField,
  ModelStatus,
  TeamRating,
} from '#shared/domain/models.ts';

/** An INTEGER column checked to hold 0 or 1. */
export type Flag = 0 | 1;

export const flag = (value: boolean): Flag => (value ? 1 : 0);

export type Audited = {
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
};

export interface UsersTable extends Audited {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: Role;
  password_hash: string;
  active: Generated<Flag>;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  last_login_at: string | null;
}

export interface OfficeSettingsTable {
  id: number;
  /** 1 while the data is the demo's sample, until cleared to start for real. */
  sample_data: Generated<0 | 1>;
  level: OfficeLevel;
  issuing_body_upper: string;
  locality_upper: string;
  place_name: string;
  province_name: string;
  committee_name: string;
  standing_office_name: string;
  decision_code: string;
  proposal_code: string;
  archive_code: string;
  /** JSON of a DecisionTemplate; null for the shipped one. */
  decision_template: string | null;
  office_uid: string | null;
  /** The office the decision template was last imported from, and that record's hash. */
  decision_template_source_office_id: number | null;
  decision_template_import_hash: string | null;
  /** Who the tờ trình is addressed to; null: the chair of the commune's People's Committee. */
  proposal_addressee: string | null;
  /** Who recognises the commune itself; null: the province (unconfirmed). */
  commune_recogniser: string | null;
  /** Issuing date of Thông tư 48/2025/TT-BCA as the office has checked it; null: not cited with a date. */
  tt48_date: string | null;
  updated_at: string;
  updated_by: string;
}

export interface SignersTable extends Audited {
  id: Generated<number>;
  full_name: string;
  title: string;
  authority: SigningAuthority;
  is_default: Flag;
  active: Flag;
  sort_order: number;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  file_name: string;
  sheet: string;
  kind: UnitKind | null;
  unit_count: number;
  created_at: string;
  created_by: string;
  undone_at: string | null;
  undone_by: string | null;
}

export interface UnitsTable extends Audited {
  id: Generated<number>;
  uid: string;
  kind: UnitKind;
  subtype: UnitSubtype | null;
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
  source_office_id: number | null;
  import_hash: string | null;
  has_party_organisation: Generated<Flag>;
  excluded_kind: ExcludedKind | null;
  excluded_reason: string | null;
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

export interface CriteriaSetsTable {
  id: Generated<number>;
  name: string;
  version: number;
  based_on_id: number | null;
  note: string | null;
  created_at: string;
  created_by: string;
  /** Stable id in exchange packages; filled by a trigger when not given, never changed. */
  uid: Generated<string>;
  /** NULL: made here. Otherwise the office it came from and the hash of the record as imported. */
  source_office_id: number | null;
  import_hash: string | null;
}

export interface CriteriaTable {
  id: Generated<number>;
  set_id: number;
  kind: UnitKind;
  code: string;
  sort_order: number;
  text: string;
  origin: Criterion['origin'];
  confirmed: Flag;
  auto_rule: Criterion['autoRule'];
  incident_sensitive: Flag;
}

export interface CriterionIncidentCategoriesTable {
  criterion_id: number;
  category: IncidentCategory;
  effect: IncidentEffect;
  confirmed: Flag;
}

export interface CampaignsTable extends Audited {
  id: Generated<number>;
  year: number;
  criteria_set_id: number;
  note: string | null;
  /** JSON array of the year's own legal bases for decisions. */
  decision_bases: Generated<string>;
}

export interface CampaignWindowsTable {
  campaign_id: number;
  kind: UnitKind;
  window_from: string;
  window_to: string;
  registration_deadline: string;
  dossier_deadline: string | null;
  decision_deadline: string | null;
}

export interface RegistrationsTable extends Audited {
  id: Generated<number>;
  campaign_id: number;
  unit_id: number;
  registered_on: string;
  resolution_number: string | null;
  resolution_date: string | null;
  households_registered: number | null;
  households_total: number | null;
  note: string | null;
  /** The UBND's quarter-I plan (a commune's criterion 1). */
  plan_number: string | null;
  plan_date: string | null;
  /** Why a unit of an excluded kind is registered all the same; required for such a unit. */
  excluded_reason: string | null;
}

export interface DossierComponentsTable {
  code: string;
  label: string;
  sort_order: number;
  required: Flag;
  active: Generated<Flag>;
  party_organisation_only: Generated<Flag>;
}

export interface DossierComponentKindsTable {
  code: string;
  kind: UnitKind;
  required: Flag;
}

export interface DossiersTable extends Audited {
  id: Generated<number>;
  campaign_id: number;
  unit_id: number;
  status: DossierStatus;
  received_on: string | null;
  received_by: string | null;
  computed_result: AppraisalResult | null;
  result_override: AppraisalResult | null;
  override_reason: string | null;
  review_method: ReviewMethod | null;
  review_date: string | null;
  review_detail: string | null;
  note: string | null;
  version: Generated<number>;
}

export interface AttachmentsTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  extension: string;
  created_at: string;
  created_by: string;
}

export interface DossierFilesTable {
  id: Generated<number>;
  dossier_id: number;
  component_code: string | null;
  attachment_id: number;
  original_name: string;
  source_path: string | null;
  added_at: string;
  added_by: string;
}

/** A removed dossier file, recoverable until the next backup has kept it. */
export interface RemovedDossierFilesTable {
  id: Generated<number>;
  dossier_id: number;
  component_code: string | null;
  attachment_id: number;
  original_name: string;
  source_path: string | null;
  added_at: string;
  added_by: string;
  reason: string | null;
  removed_at: string;
  removed_by: string;
}

export interface IncidentsTable {
  id: Generated<number>;
  unit_id: number;
  occurred_on: string;
  category: IncidentCategory;
  note: string | null;
  created_at: string;
  created_by: string;
}

export interface AppraisalItemsTable {
  dossier_id: number;
  criterion_id: number;
  verdict: Verdict;
  note: string | null;
  updated_at: string;
  updated_by: string;
}

export interface DossierStatusHistoryTable {
  id: Generated<number>;
  dossier_id: number;
  /** Written by the app only (no CHECK): always one of the dossier statuses. */
  from_status: DossierStatus | null;
  to_status: DossierStatus;
  reason: string | null;
  at: string;
  actor: string;
}

export interface DocumentRegisterTable {
  year: number;
  code: string;
  last_number: number;
}

/** A number the văn thư gave that was voided before issue (signing corrected or cancelled); never given again. */
export interface VoidedNumbersTable {
  year: number;
  code: string;
  number: number;
  decision_id: number | null;
  subject: string;
  signed_on: string;
  reason: string;
  voided_at: string;
  voided_by: string;
}

export interface DecisionsTable extends Audited {
  id: Generated<number>;
  campaign_id: number;
  status: DecisionStatus;
  code: string;
  number: number | null;
  number_year: number | null;
  signed_on: string | null;
  subject: string;
  list_title: string;
  signer_name: string | null;
  signer_title: string | null;
  signing_authority: SigningAuthority | null;
  on_behalf_of: string | null;
  revokes_id: number | null;
}

export interface DecisionLinesTable {
  decision_id: number;
  section: 'basis' | 'article' | 'recipient';
  position: number;
  text: string;
}

export interface DecisionUnitsTable {
  decision_id: number;
  unit_id: number;
  position: number;
  unit_name: string;
  parent_name: string | null;
  /** Written by the app only (no CHECK): the dossier's status before the decision. */
  previous_status: DossierStatus;
}

export interface ExchangeOfficesTable {
  id: Generated<number>;
  uid: string;
  name: string;
  level: string;
  province: string;
  first_seen_at: string;
  last_seen_at: string;
}

export interface ExchangeImportsTable {
  id: Generated<number>;
  package_id: string;
  office_id: number;
  kind: string;
  year: number | null;
  package_created_at: string;
  app_version: string;
  file_name: string;
  summary: string;
  imported_at: string;
  imported_by: string;
}

export interface ReceivedDossiersTable {
  id: Generated<number>;
  office_id: number;
  unit_id: number;
  year: number;
  status: string;
  record: string;
  record_hash: string;
  import_id: number;
}

export interface ReceivedDossierFilesTable {
  received_dossier_id: number;
  position: number;
  attachment_id: number;
  component_code: string | null;
  original_name: string;
}

export interface ReceivedDecisionsTable {
  id: Generated<number>;
  office_id: number;
  record_key: string;
  year: number;
  number: number;
  code: string;
  signed_on: string;
  subject: string;
  record: string;
  record_hash: string;
  import_id: number;
}

export interface ReceivedDecisionFilesTable {
  received_decision_id: number;
  position: number;
  attachment_id: number;
  file_kind: IssuedFile['kind'] | 'scan';
  file_name: string;
}

export interface DecisionScansTable {
  id: Generated<number>;
  decision_id: number;
  attachment_id: number;
  file_name: string;
  created_at: string;
  created_by: string;
}

export interface IssuedFilesTable {
  id: Generated<number>;
  decision_id: number;
  file_kind: IssuedFile['kind'];
  file_name: string;
  sha256: string;
  size: number;
  created_at: string;
  created_by: string;
}

export interface ModelTypesTable {
  code: string;
  label: string;
  sort_order: number;
  active: Generated<Flag>;
}

export interface ModelRatingsTable {
  code: string;
  label: string;
  effective: Flag;
  sort_order: number;
  active: Generated<Flag>;
}

export interface ModelSettingsTable {
  id: number;
  review_min_months: number;
  review_min_months_source: string;
  updated_at: string;
  updated_by: string;
}

export interface ModelsTable extends Audited {
  id: Generated<number>;
  uid: string;
  name: string;
  name_key: string;
  type_code: string;
  field: ModelField;
  status: ModelStatus;
  proposer: string | null;
  proposed_on: string | null;
  survey: string | null;
  proposal: string | null;
  approved_by: string | null;
  decision_number: string | null;
  decision_date: string | null;
  decision_signer: string | null;
  steering_board: string | null;
  launched_on: string | null;
  retired_on: string | null;
  retire_reason: string | null;
  replaced_by_id: number | null;
  notes: string | null;
  version: Generated<number>;
}

export interface ModelUnitsTable {
  model_id: number;
  unit_id: number;
}

export interface ModelEventsTable {
  id: Generated<number>;
  model_id: number;
  action: ModelAction;
  from_status: ModelStatus | null;
  to_status: ModelStatus;
  on_date: string;
  note: string | null;
  at: string;
  actor: string;
}

export interface ModelFilesTable {
  id: Generated<number>;
  model_id: number;
  attachment_id: number;
  original_name: string;
  added_at: string;
  added_by: string;
}

export interface ModelPointsTable {
  id: Generated<number>;
  model_id: number;
  unit_id: number;
  started_on: string;
  decision_number: string | null;
  decision_date: string | null;
  ended_on: string | null;
  created_at: string;
  created_by: string;
}

export interface ModelTeamsTable {
  id: Generated<number>;
  point_id: number;
  name: string;
  leader_name: string | null;
  member_count: number;
  founded_on: string | null;
  created_at: string;
  created_by: string;
}

export interface ModelTeamMembersTable {
  id: Generated<number>;
  team_id: number;
  full_name: string;
  role: string | null;
  phone: string | null;
  joined_on: string | null;
}

export interface ModelReviewsTable {
  model_id: number;
  year: number;
  rating_code: string;
  reviewed_on: string;
  note: string | null;
  at: string;
  actor: string;
}

export interface ExemplarsTable {
  id: Generated<number>;
  model_id: number;
  subject: ExemplarSubject;
  subject_name: string;
  year: number;
  decision_number: string;
  decision_date: string;
  decision_signer: string | null;
  at: string;
  actor: string;
}

export interface SecurityTeamsTable extends Audited {
  id: Generated<number>;
  unit_id: number;
  name: string;
  founded_on: string;
  dissolved_on: string | null;
}

export interface SecurityTeamMembersTable {
  id: Generated<number>;
  team_id: number;
  full_name: string;
  role: MemberRole;
  phone: string | null;
  joined_on: string;
  left_on: string | null;
}

export interface SecurityTeamRatingsTable {
  team_id: number;
  year: number;
  rating: TeamRating;
  note: string | null;
  at: string;
  actor: string;
}

export interface Database {
  document_register: DocumentRegisterTable;
  voided_numbers: VoidedNumbersTable;
  decisions: DecisionsTable;
  decision_lines: DecisionLinesTable;
  decision_units: DecisionUnitsTable;
  issued_files: IssuedFilesTable;
  decision_scans: DecisionScansTable;
  exchange_offices: ExchangeOfficesTable;
  exchange_imports: ExchangeImportsTable;
  received_dossiers: ReceivedDossiersTable;
  received_dossier_files: ReceivedDossierFilesTable;
  received_decisions: ReceivedDecisionsTable;
  received_decision_files: ReceivedDecisionFilesTable;
  criteria_sets: CriteriaSetsTable;
  criteria: CriteriaTable;
  criterion_incident_categories: CriterionIncidentCategoriesTable;
  campaigns: CampaignsTable;
  campaign_windows: CampaignWindowsTable;
  registrations: RegistrationsTable;
  dossier_components: DossierComponentsTable;
  dossier_component_kinds: DossierComponentKindsTable;
  dossiers: DossiersTable;
  attachments: AttachmentsTable;
  dossier_files: DossierFilesTable;
  removed_dossier_files: RemovedDossierFilesTable;
  incidents: IncidentsTable;
  appraisal_items: AppraisalItemsTable;
  dossier_status_history: DossierStatusHistoryTable;
  users: UsersTable;
  office_settings: OfficeSettingsTable;
  signers: SignersTable;
  import_batches: ImportBatchesTable;
  units: UnitsTable;
  unit_name_history: UnitNameHistoryTable;
  audit_log: AuditLogTable;
  model_types: ModelTypesTable;
  model_ratings: ModelRatingsTable;
  model_settings: ModelSettingsTable;
  models: ModelsTable;
  model_units: ModelUnitsTable;
  model_events: ModelEventsTable;
  model_files: ModelFilesTable;
  model_points: ModelPointsTable;
  model_teams: ModelTeamsTable;
  model_team_members: ModelTeamMembersTable;
  model_reviews: ModelReviewsTable;
  exemplars: ExemplarsTable;
  security_teams: SecurityTeamsTable;
  security_team_members: SecurityTeamMembersTable;
  security_team_ratings: SecurityTeamRatingsTable;
}
