import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { NotFoundError } from '../errors';
import { parseOrThrow } from '../validation';
import { italianHolidays } from './italianHolidays';
import { minutesOf, TIME_OF_DAY } from './openingHours';

export const deskSettingsSchema = z.object({
  claimLimitMinutes: z.number().int().min(1).max(24 * 60),
  staffChatId: z.string().regex(/^-?[0-9]{1,20}$/, 'a Telegram chat id such as -1001234567890').nullable(),
  openingHours: z
    .array(
      z
        .object({ weekday: z.number().int().min(1).max(7), opensAt: z.string().regex(TIME_OF_DAY), closesAt: z.string().regex(TIME_OF_DAY) })
        .refine((range) => minutesOf(range.opensAt) < minutesOf(range.closesAt), 'opens before it closes'),
    )
    .max(50),
  holidays: z.array(z.object({ date: z.iso.date(), name: z.string().trim().min(1).max(80) })).max(200),
});
export type DeskSettings = z.infer<typeof deskSettingsSchema>;

/** Default desk hours until coordinators set their own: weekdays 9–13 and 14–17. */
const DEFAULT_HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opensAt: '09:00', closesAt: '13:00' },
  { weekday, opensAt: '14:00', closesAt: '17:00' },
]);

/** A neighbourhood's desk: the claim limit, the staff Telegram group, opening hours and holidays. */
export class DeskSettingsService {
  constructor(private readonly db: Db) {}

  async get(neighbourhoodId: string) {
    const neighbourhood = await this.db.neighbourhood.findUnique({ where: { id: neighbourhoodId }, include: { openingHours: true, holidays: true } });
    if (!neighbourhood) throw new NotFoundError('no such neighbourhood');
    return {
      id: neighbourhood.id,
      name: neighbourhood.name,
      claimLimitMinutes: neighbourhood.claimLimitMinutes,
      staffChatId: neighbourhood.staffChatId,
      openingHours: neighbourhood.openingHours
        .map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }))
        .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt)),
      holidays: neighbourhood.holidays.map(({ date, name }) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date)),
    };
  }

  async update(neighbourhoodId: string, input: unknown): Promise<void> {
    const settings = parseOrThrow(deskSettingsSchema, input);
    if (!(await this.db.neighbourhood.findUnique({ where: { id: neighbourhoodId } }))) throw new NotFoundError('no such neighbourhood');
    const { claimLimitMinutes, staffChatId, openingHours, holidays } = settings;
    const uniqueHolidays = [...new Map(holidays.map((holiday) => [holiday.date, holiday])).values()];
    await this.db.$transaction([
      this.db.neighbourhood.update({ where: { id: neighbourhoodId }, data: { claimLimitMinutes, staffChatId } }),
      this.db.openingHours.deleteMany({ where: { neighbourhoodId } }),
      this.db.openingHours.createMany({ data: openingHours.map((range) => ({ ...range, neighbourhoodId })) }),
      this.db.holiday.deleteMany({ where: { neighbourhoodId } }),
      this.db.holiday.createMany({ data: uniqueHolidays.map((holiday) => ({ ...holiday, neighbourhoodId })) }),
    ]);
  }

  /** First start: weekday hours and Italy's holidays of this year and the next, for desks that have none. */
  async seedDefaults(year: number): Promise<void> {
    const neighbourhoods = await this.db.neighbourhood.findMany({ include: { _count: { select: { openingHours: true } } } });
    for (const neighbourhood of neighbourhoods.filter((candidate) => candidate._count.openingHours === 0)) {
      await this.update(neighbourhood.id, {
        claimLimitMinutes: neighbourhood.claimLimitMinutes,
        staffChatId: neighbourhood.staffChatId,
        openingHours: DEFAULT_HOURS,
        holidays: [...italianHolidays(year), ...italianHolidays(year + 1)],
      });
    }
  }
}
