/**
 * What the maintenance dialogs need from the report service. The service implements it; dialogs see no
 * database and no channel.
 */
export const REPORT_CATEGORIES = ['water', 'heating', 'electrical', 'lift', 'doors', 'intercom', 'damp', 'pests', 'common', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_STATUSES = ['received', 'assigned', 'scheduled', 'resolved', 'duplicate', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** A report in these statuses is the one neighbours join instead of opening another. */
export const OPEN_REPORT_STATUSES: readonly ReportStatus[] = ['received', 'assigned', 'scheduled'];

export const REJECT_REASONS = ['not_aler', 'tenant_duty', 'not_found', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const COMMON_AREAS = ['entrance', 'stairs', 'lift', 'courtyard', 'cellar', 'roof', 'garage', 'other'] as const;
export const ACCESS_TIMES = ['mornings', 'afternoons', 'anytime', 'phone'] as const;

/** At most this many photos and voice notes a report. */
export const MAX_REPORT_FILES = 5;
/** A bigger file is refused (Telegram's own getFile limit is 20 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Photos the console can show; other image formats are refused with an explanation. */
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
export const VOICE_TYPES: readonly string[] = ['audio/ogg', 'audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac'];

export interface BuildingView {
  id: string;
  code: string;
  address: string;
  neighbourhoodId: string;
  staircases: string[];
  floors?: number;
}

/** A photo or voice note the service could not keep: too large, not what it claims to be, or not downloadable. */
export class ReportFileRejected extends Error {
  override readonly name = 'ReportFileRejected';
  constructor(readonly reason: 'tooLarge' | 'format' | 'unavailable') {
    super(`report file refused: ${reason}`);
  }
}

/** Where the fault is: the tenant's flat or a common area of the building. */
export interface ReportPlace {
  buildingId: string;
  kind: 'flat' | 'common';
  staircase?: string;
  floor?: string;
  flat?: string;
  commonArea?: string;
}

/** A photo or voice note as the channel gave it; the service fetches and keeps it. */
export interface ReportFileInput {
  kind: 'photo' | 'voice';
  fileUrl: string;
  mimeType: string;
  size?: number;
}

export interface Reporter {
  tenantId: string;
  language: string;
  channel: string;
  conversationId: string;
}

export interface ReportDraft {
  reporter: Reporter;
  category: ReportCategory;
  place: ReportPlace;
  description: string;
  /** The answers to the category's questions (question id → answer id or text). */
  details: Record<string, string>;
  access?: string;
  files: ReportFileInput[];
}

export interface ReportSummary {
  id: number;
  code: string;
  category: ReportCategory;
  status: ReportStatus;
  address: string;
  reporters: number;
  createdAt: Date;
  scheduledFor?: Date;
}

export interface MaintenanceDesk {
  buildingByCode(code: string): Promise<BuildingView | undefined>;
  building(id: string): Promise<BuildingView | undefined>;
  /** The buildings of a neighbourhood matching a typed address (all of them with no text). */
  findBuildings(neighbourhoodId: string, text?: string): Promise<BuildingView[]>;
  /** The place of the tenant's last report, to offer it again. */
  rememberedPlace(tenantId: string): Promise<ReportPlace | undefined>;
  /** The open report of the same fault (building and category), if any. */
  openReportFor(buildingId: string, category: ReportCategory): Promise<ReportSummary | undefined>;
  /** Stores the report whole, or joins the tenant to a neighbour's report of the same fault made meanwhile. */
  submit(draft: ReportDraft): Promise<{ report: ReportSummary; joined: boolean }>;
  /** Adds the tenant (and their photos) to an open report; undefined when it is no longer open. */
  join(reportId: number, reporter: Reporter, files: ReportFileInput[], description?: string): Promise<ReportSummary | undefined>;
  reportsOf(tenantId: string): Promise<ReportSummary[]>;
  /** A report by its code, only when the tenant is one of its reporters. */
  reportOfTenant(tenantId: string, code: string): Promise<ReportSummary | undefined>;
  /** The tenant's answer to "is it really fixed?"; "no" reopens the report. */
  answerFix(tenantId: string, reportId: number, fixed: boolean): Promise<'confirmed' | 'reopened' | 'stale'>;
  /** The numbers to give with the safety instructions, besides 112. */
  emergencyNumbers(neighbourhoodId: string | undefined, language: string): Promise<{ label: string; number: string }[]>;
}

/** The name and value of the event activity that tells a reporter about a change of their report. */
export const REPORT_EVENT = 'casa.report';
export interface ReportEventValue {
  reportId: number;
  code: string;
  change: 'assigned' | 'scheduled' | 'resolved' | 'duplicate' | 'rejected' | 'reopened';
  /** ISO date-time, for "scheduled". */
  scheduledFor?: string;
  reason?: RejectReason;
  /** The report this one was a duplicate of, for "duplicate". */
  duplicateOf?: string;
}

const CODE = /^MI-(\d{4})-(\d{6,})$/i;

const romeYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Rome', year: 'numeric' });

/** "MI-2026-000123": the year (Milan time) the report was made and its number. */
export function reportCode(id: number, createdAt: Date): string {
  return `MI-${romeYear.format(createdAt)}-${String(id).padStart(6, '0')}`;
}

/** The id and year a code stands for, or undefined when the text is no report code. */
export function parseReportCode(text: string): { id: number; year: number } | undefined {
  const match = CODE.exec(text.trim());
  return match ? { year: Number(match[1]), id: Number(match[2]) } : undefined;
}
