import type { Db } from '../../db/prismaClient';
import { nextOpening, type DeskCalendar } from './openingHours';

/** A neighbourhood's desk hours and holidays, read fresh each time (the console edits them). */
export class DeskCalendarService {
  constructor(private readonly db: Db) {}

  async calendarOf(neighbourhoodId: string): Promise<DeskCalendar> {
    const [hours, holidays] = await Promise.all([
      this.db.openingHours.findMany({ where: { neighbourhoodId } }),
      this.db.holiday.findMany({ where: { neighbourhoodId } }),
    ]);
    return { hours, holidays: holidays.map((holiday) => holiday.date) };
  }

  /** When a request made now is seen by the desk: now if open, else the next opening (or now when no hours are set). */
  async visibleAt(neighbourhoodId: string, now: Date): Promise<Date> {
    const calendar = await this.calendarOf(neighbourhoodId);
    if (calendar.hours.length === 0) return now;
    return nextOpening(calendar, now) ?? now;
  }
}
