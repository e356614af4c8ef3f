/** Requests still open: in the queue, with a manager, or handed back to the bot without closing. */
export const OPEN_STATUSES = ['waiting', 'claimed', 'bot'] as const;

/** Queue order: urgent first, then the longest waiting (since the desk could see them). */
export function queueOrder(a: { id: number; urgent: boolean; visibleAt: Date }, b: { id: number; urgent: boolean; visibleAt: Date }): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  return a.visibleAt.getTime() - b.visibleAt.getTime() || a.id - b.id;
}
