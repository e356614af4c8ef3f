import type { Db } from '../../../bot/db/prismaClient';
import { createOrJoinReport } from '../../../bot/services/maintenance/reportCreation';
import type { StoredFile } from '../../../bot/services/maintenance/reportFiles';
import { reportCode, type Reporter, type ReportCategory, type ReportPlace } from '../../../dialogs/maintenance/reportDesk';
import type { BotUnderTest } from '../../support/botUnderTest';
import type { FakeUser } from '../../support/fakeTelegram';

const DAY = 24 * 60 * 60 * 1000;

/** A real 1×1 PNG, so that the browser can decode a report's photo. */
export const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhgG/hLz7CQAAAABJRU5ErkJggg==', 'base64');

export const photoFile = (): StoredFile => ({ kind: 'photo', mimeType: 'image/png', size: PIXEL_PNG.length, data: PIXEL_PNG });
export const voiceFile = (): StoredFile => {
  const data = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(60)]);
  return { kind: 'voice', mimeType: 'audio/ogg', size: data.length, data };
};

/** A tenant on the fake Telegram who has said /start, and how a report names them as its reporter. */
export async function telegramReporter(bot: BotUnderTest, spec: { id: number; firstName: string; languageCode: string }): Promise<{ user: FakeUser; reporter: Reporter }> {
  const user = bot.fake.user(spec);
  user.start();
  await user.nextBotMessage(10_000);
  const tenant = await bot.app.db.tenant.findUniqueOrThrow({ where: { channel_channelUserId: { channel: 'telegram', channelUserId: String(spec.id) } } });
  return { user, reporter: { tenantId: tenant.id, language: tenant.locale ?? spec.languageCode, channel: 'telegram', conversationId: String(spec.id) } };
}

export interface FixtureReport {
  buildingCode: string;
  category: ReportCategory;
  place: Omit<ReportPlace, 'buildingId'>;
  description: string;
  details?: Record<string, string>;
  access?: string;
  source?: string;
  reporter?: Reporter;
  files?: StoredFile[];
  /** Made this many days ago. */
  ageDays?: number;
}

/** Stores a report as the bot would, in a building of the sample register; returns its id and code. */
export async function createReport(db: Db, spec: FixtureReport): Promise<{ id: number; code: string; buildingId: string }> {
  const building = await db.building.findUniqueOrThrow({ where: { code: spec.buildingCode } });
  const { id } = await createOrJoinReport(db, {
    buildingId: building.id,
    neighbourhoodId: building.neighbourhoodId,
    category: spec.category,
    place: { ...spec.place, buildingId: building.id },
    description: spec.description,
    details: spec.details ?? {},
    access: spec.access,
    source: spec.source ?? 'telegram',
    reporter: spec.reporter,
    files: spec.files ?? [],
  });
  const createdAt = spec.ageDays ? new Date(Date.now() - spec.ageDays * DAY) : undefined;
  const row = createdAt
    ? await db.maintenanceReport.update({ where: { id }, data: { createdAt } })
    : await db.maintenanceReport.findUniqueOrThrow({ where: { id } });
  return { id, code: reportCode(id, row.createdAt), buildingId: building.id };
}
