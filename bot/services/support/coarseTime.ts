const HOUR_MS = 60 * 60 * 1000;

/**
 * A plain time of the path's rows (call-backs, partner chats) kept to the hour: a row written in a tenant's turn
 * cannot be joined to the other rows of that turn (the pipeline's, the state's) by a time equal to the millisecond.
 * The exact time is sealed in the row, for the partners.
 */
export function hourOf(time: Date): Date {
  return new Date(Math.floor(time.getTime() / HOUR_MS) * HOUR_MS);
}

/** The first whole hour at least `ms` after `time`: a deletion date that never comes earlier than promised. */
export function hourAfter(time: Date, ms: number): Date {
  return new Date(Math.ceil((time.getTime() + ms) / HOUR_MS) * HOUR_MS);
}
