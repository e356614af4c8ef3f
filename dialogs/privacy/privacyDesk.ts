import type { TFunction } from 'i18next';
import type { Language } from '../../bot/i18n/languages';

/** What the bot keeps about a tenant, in short. */
export interface PrivacySummary {
  language: string | undefined;
  neighbourhoodId: string | undefined;
  address: string | undefined;
  reports: number;
  appointments: number;
  requests: number;
  healthConsent: boolean;
}

/** How long each kind of data is kept (the retention settings). */
export interface RetentionView {
  transcriptDays: number;
  requestMessagesMonths: number;
  healthNotesMonths: number;
  photosMonths: number;
  inactiveTenantMonths: number;
}

/** A file to send to the tenant. */
export interface ExportFile {
  name: string;
  contentType: string;
  data: Buffer;
}

/** What the privacy dialogs need; the privacy service implements it. */
export interface PrivacyDesk {
  readonly retention: RetentionView;
  summary(tenantId: string): Promise<PrivacySummary>;
  /** Everything the bot holds about the tenant, as files (JSON in parts under the upload limit, and a PDF). */
  exportFiles(tenantId: string, language: Language, t: TFunction): Promise<ExportFile[]>;
  /** Erases the tenant (asked twice in the chat); false when there was nothing left to erase. */
  erase(tenantId: string): Promise<boolean>;
  /** Withdraws the health consent; returns how many coming appointments were cancelled. */
  withdrawHealthConsent(tenantId: string): Promise<number>;
  /** A new code the tenant shows a coordinator to prove who they are, and until when it holds. */
  proofCode(tenantId: string): Promise<{ code: string; until: Date }>;
}
