import type {
  AppraisalResult,
  DossierStatus,
  IncidentCategory,
  ReviewMethod,
  RoundStatus,
  Verdict,
} from '../domain/round.ts';
import type { CriterionIncidentCategory } from '../domain/incidentCriteria.ts';
import type { ExcludedKind } from '../domain/competence.ts';
import type { UnitKind, UnitSubtype } from '../domain/units.ts';

export interface CampaignWindow {
  kind: UnitKind;
  windowFrom: string;
  windowTo: string;
  registrationDeadline: string;
  /** Set by the office from the province's guidance; null until then. */
  dossierDeadline: string | null;
  decisionDeadline: string | null;
}

export interface Campaign {
  id: number;
  year: number;
  criteriaSetId: number;
  criteriaSetName: string;
  criteriaSetVersion: number;
  /** Some dossier of the year has been appraised: the criteria set can no longer change. */
  criteriaLocked: boolean;
  windows: CampaignWindow[];
}

export interface Criterion {
  id: number;
  setId: number;
  kind: UnitKind;
  code: string;
  text: string;
  origin: 'quoc_gia' | 'dia_phuong';
  confirmed: boolean;
  autoRule: 'registration' | 'commune_70' | null;
  incidentSensitive: boolean;
  /** The incident categories that breach it, and how; empty when no incident bears on it. */
  incidentCategories: CriterionIncidentCategory[];
}

export interface CriteriaSet {
  id: number;
  name: string;
  version: number;
  basedOnId: number | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
  criteria: Criterion[];
  usedByYears: number[];
}

export interface Registration {
  id: number;
  registeredOn: string;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  householdsRegistered: number | null;
  householdsTotal: number | null;
  note: string | null;
  /** The UBND's quarter-I plan on security and order (a commune's criterion 1). */
  planNumber: string | null;
  planDate: string | null;
  /** Why a unit of an excluded kind (Điều 1 khoản 2) is registered all the same. */
  excludedReason: string | null;
}

/** One unit's line in the year's round grid. */
export interface RoundRow {
  unitId: number;
  unitName: string;
  kind: UnitKind;
  subtype: UnitSubtype | null;
  parentName: string | null;
  households: number | null;
  /** Set when the unit is of a kind Thông tư 124 leaves out: registering it needs a reason. */
  excludedKind: ExcludedKind | null;
  status: RoundStatus;
  registration: Registration | null;
  dossierId: number | null;
  receivedOn: string | null;
  componentsPresent: number;
  componentsRequired: number;
  result: AppraisalResult | null;
  overridden: boolean;
  incidentCount: number;
}

/** One block of the round grid, with counts for the kind and status filters. */
export interface RoundPage {
  rows: RoundRow[];
  total: number;
  /** For the same search: per kind (any status), and per status (within the chosen kind). */
  countsByKind: Record<UnitKind, number>;
  countsByStatus: Record<RoundStatus, number>;
}

export interface DossierComponentSetting {
  code: string;
  label: string;
  /** Required for at least one kind of unit. */
  required: boolean;
  /** The kinds whose dossier needs it. */
  requiredKinds: UnitKind[];
  /** Required only where the unit has a Party organisation (the quarter-I resolution). */
  partyOrganisationOnly: boolean;
  active: boolean;
}

export interface DossierFile {
  id: number;
  componentCode: string | null;
  originalName: string;
  size: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
}

/** A file removed from a dossier: recoverable until the next backup has kept it, then purged. */
export interface RemovedDossierFile {
  id: number;
  componentCode: string | null;
  originalName: string;
  size: number;
  removedAt: string;
  /** The person's name (the login when the account is gone). */
  removedBy: string;
  reason: string | null;
}

export interface DossierComponentState {
  code: string;
  label: string;
  required: boolean;
  files: DossierFile[];
}

export interface AppraisalItem {
  criterion: Criterion;
  verdict: Verdict;
  note: string | null;
  /** Why the verdict was suggested rather than entered: an incident in the window, registration data, ... */
  suggestion: string | null;
  /** What the data says: met, not met, or null when the reviewer must decide. */
  suggestedVerdict: 'dat' | 'khong_dat' | null;
  /** The facts behind the suggestion, each naming the incidents, dates or figures it rests on. */
  reasons: string[];
  /** For a criterion weighed rather than failed by incidents: this window's counts by category beside last year's. */
  incidentCounts: IncidentCount[];
  saved: boolean;
}

export interface IncidentCount {
  category: IncidentCategory;
  current: number;
  previous: number;
}

export interface StatusChange {
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  reason: string | null;
  at: string;
  actor: string;
}

export interface Incident {
  id: number;
  unitId: number;
  unitName: string;
  occurredOn: string;
  category: IncidentCategory;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

export interface DossierDetail {
  id: number;
  year: number;
  unitId: number;
  unitName: string;
  kind: UnitKind;
  status: DossierStatus;
  receivedOn: string | null;
  receivedBy: string | null;
  registration: Registration | null;
  components: DossierComponentState[];
  unassignedFiles: DossierFile[];
  complete: boolean;
  items: AppraisalItem[];
  computedResult: AppraisalResult | null;
  resultOverride: AppraisalResult | null;
  overrideReason: string | null;
  result: AppraisalResult | null;
  reviewMethod: ReviewMethod | null;
  reviewDate: string | null;
  reviewDetail: string | null;
  history: StatusChange[];
  /** Files removed from the dossier that can still be put back. */
  removedFiles: RemovedDossierFile[];
  incidents: Incident[];
  window: CampaignWindow;
  version: number;
}

export interface KindFigures {
  total: number;
  registered: number;
  received: number;
  appraised: number;
  proposed: number;
  notProposed: number;
  recognized: number;
}

export interface CommuneCriterion4 {
  /** Residential areas, agencies, enterprises and schools in the round. */
  total: number;
  registered: number;
  recognized: number;
  proposed: number;
  required: number;
  allRegistered: boolean;
  meets: boolean;
  /** Whether it would be met if every proposed unit were recognised. */
  meetsIfProposedRecognized: boolean;
}

export interface DeadlineState {
  stage: 'registration' | 'dossier' | 'decision' | 'classification';
  kind: UnitKind;
  label: string;
  date: string;
  daysLeft: number;
  overdue: boolean;
  pending: number;
  /** Where the date comes from: law and article, the province, or unconfirmed. */
  source: { text: string; confirmed: boolean };
}

export interface RoundOverview {
  year: number;
  total: number;
  registered: number;
  recognized: number;
  byStatus: Record<RoundStatus, number>;
  byKind: Record<UnitKind, KindFigures>;
  communeCriterion4: CommuneCriterion4;
  deadlines: DeadlineState[];
}

export interface FolderProposal {
  relativePath: string;
  size: number;
  unitId: number | null;
  unitName: string | null;
  unitConfidence: number;
  componentCode: string | null;
  componentConfidence: number;
  reason: string;
  /** Why the file is not taken (its name, type or content), or null: a refused file is never copied. */
  refused: string | null;
}

export interface AttachResult {
  year: number;
  attached: number;
  alreadyPresent: number;
  unmatched: string[];
  dossiersCreated: number;
}
