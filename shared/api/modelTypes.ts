// Results of the models registry and the grassroots security teams.
import type {
  ExemplarSubject,
  MemberRole,
  ModelAction,
  ModelField,
  ModelStatus,
  TeamRating,
} from '../domain/models.ts';

export interface ModelType {
  code: string;
  label: string;
  active: boolean;
}

export interface ModelRating {
  code: string;
  label: string;
  /** Counts as "hoạt động hiệu quả" (criterion 1, the counts upward). */
  effective: boolean;
  active: boolean;
}

export interface ModelSettings {
  reviewMinMonths: number;
  /** Where the minimum comes from: "Cần xác nhận …" until the office records its source. */
  reviewMinMonthsSource: string;
}

export interface ModelLists {
  types: ModelType[];
  ratings: ModelRating[];
  settings: ModelSettings;
}

export interface UnitRef {
  id: number;
  name: string;
}

export interface ModelReview {
  year: number;
  ratingCode: string;
  ratingLabel: string;
  effective: boolean;
  reviewedOn: string;
  note: string | null;
}

export interface ModelSummary {
  id: number;
  uid: string;
  name: string;
  typeCode: string;
  typeLabel: string;
  field: ModelField;
  status: ModelStatus;
  units: UnitRef[];
  decisionNumber: string | null;
  decisionDate: string | null;
  launchedOn: string | null;
  retiredOn: string | null;
  pointCount: number;
  teamCount: number;
  memberCount: number;
  lastReview: ModelReview | null;
  exemplar: boolean;
  version: number;
}

export interface ModelEvent {
  id: number;
  action: ModelAction;
  fromStatus: ModelStatus | null;
  toStatus: ModelStatus;
  onDate: string;
  note: string | null;
  at: string;
  actor: string;
}

export interface ModelTeamMember {
  id: number;
  fullName: string;
  role: string | null;
  phone: string | null;
  joinedOn: string | null;
}

export interface ModelTeam {
  id: number;
  name: string;
  leaderName: string | null;
  memberCount: number;
  foundedOn: string | null;
  members: ModelTeamMember[];
}

export interface ModelPoint {
  id: number;
  unitId: number;
  unitName: string;
  startedOn: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  endedOn: string | null;
  teams: ModelTeam[];
}

export interface Exemplar {
  id: number;
  subject: ExemplarSubject;
  subjectName: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  decisionSigner: string | null;
}

export interface ModelFile {
  id: number;
  name: string;
  addedAt: string;
  addedBy: string;
}

export interface ModelDetail extends ModelSummary {
  proposer: string | null;
  proposedOn: string | null;
  survey: string | null;
  proposal: string | null;
  approvedBy: string | null;
  decisionSigner: string | null;
  steeringBoard: string | null;
  retireReason: string | null;
  replacedBy: UnitRef | null;
  replaces: UnitRef[];
  notes: string | null;
  events: ModelEvent[];
  points: ModelPoint[];
  reviews: ModelReview[];
  exemplars: Exemplar[];
  files: ModelFile[];
}

/** The national counting rule: models by name, their points and teams (Hướng dẫn 22/HD-BCA-V05). */
export interface ModelCounts {
  year: number;
  models: number;
  points: number;
  teams: number;
  effective: number;
  retired: number;
  byType: Record<string, number>;
}

export type ReviewState = 'reviewed' | 'due' | 'overdue' | 'too_new';

export interface ReviewRow {
  model: ModelSummary;
  state: ReviewState;
  /** Months in operation at the end of the year's window. */
  monthsInOperation: number;
  review: ModelReview | null;
  /** Last year's rating was not effective, or this year's is not: to consolidate or retire. */
  weak: boolean;
}

export interface ReviewSheet {
  year: number;
  windowFrom: string;
  windowTo: string;
  minMonths: number;
  minMonthsSource: string;
  rows: ReviewRow[];
}

export interface SecurityTeamMember {
  id: number;
  fullName: string;
  role: MemberRole;
  phone: string | null;
  joinedOn: string;
  leftOn: string | null;
}

export interface SecurityTeam {
  id: number;
  unitId: number;
  unitName: string;
  name: string;
  foundedOn: string;
  dissolvedOn: string | null;
  leaderName: string | null;
  members: SecurityTeamMember[];
}

export interface TeamRatingRow {
  team: SecurityTeam;
  /** Months active within the rating period. */
  monthsActive: number;
  /** Null when the team may be rated; else why not. */
  notRatedReason: string | null;
  rating: TeamRating | null;
  note: string | null;
}

export interface TeamRatingSheet {
  year: number;
  periodFrom: string;
  periodTo: string;
  rows: TeamRatingRow[];
  counts: Record<TeamRating, number>;
  /** Xuất sắc allowed by the 20% rule for the current number rated "tốt". */
  maxExcellent: number;
}
