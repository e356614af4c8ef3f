import {
  OPEN_REPORT_STATUSES,
  REPORT_CATEGORIES,
  REPORT_STATUSES,
  reportCode,
  type ReportCategory,
  type ReportStatus,
  type ReportSummary,
} from '../../../dialogs/maintenance/reportDesk';

export interface SummaryRow {
  id: number;
  category: string;
  status: string;
  createdAt: Date;
  scheduledFor: Date | null;
  building: { address: string };
  _count: { reporters: number };
}

/** What a summary query selects. */
export const SUMMARY_SELECT = {
  id: true,
  category: true,
  status: true,
  createdAt: true,
  scheduledFor: true,
  building: { select: { address: true } },
  _count: { select: { reporters: true } },
} as const;

export function asCategory(value: string): ReportCategory {
  return (REPORT_CATEGORIES as readonly string[]).includes(value) ? (value as ReportCategory) : 'other';
}

export function asStatus(value: string): ReportStatus {
  return (REPORT_STATUSES as readonly string[]).includes(value) ? (value as ReportStatus) : 'received';
}

export function summaryOf(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    code: reportCode(row.id, row.createdAt),
    category: asCategory(row.category),
    status: asStatus(row.status),
    address: row.building.address,
    reporters: row._count.reporters,
    createdAt: row.createdAt,
    scheduledFor: row.scheduledFor ?? undefined,
  };
}

export const OPEN_STATUS_LIST = [...OPEN_REPORT_STATUSES];

/** The key that makes one open report per fault: see MaintenanceReport.openKey. */
export function openKeyOf(buildingId: string, category: string): string {
  return `${buildingId}:${category}`;
}
