import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { CHANNEL_DATA_KIND, type IncomingChannelData } from './activityContract';
import type { TranscriptLine } from '../services/transcriptService';

/**
 * Collects what the tenant and the bot say in one turn, for the transcript managers read. Nothing is kept
 * for a turn that asks to be left out, or for anything but messages.
 */
export class TranscriptRecorder {
  private readonly lines: TranscriptLine[] = [];
  private skipped = false;

  constructor(context: TurnContext) {
    const incoming = context.activity;
    if (incoming.type === ActivityTypes.Message) this.lines.push({ direction: 'in', text: incomingText(incoming) });
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        if (activity.type === ActivityTypes.Message && activity.text) this.lines.push({ direction: 'out', text: activity.text });
      }
      return next();
    });
  }

  skip(): void {
    this.skipped = true;
  }

  async save(write: (lines: TranscriptLine[]) => Promise<void>): Promise<void> {
    if (!this.skipped) await write(this.lines);
  }
}

/** The tenant's side as a manager reads it: the text, the button label, or what kind of thing was sent. */
function incomingText(activity: Partial<Activity>): string {
  const data = activity.channelData as Partial<IncomingChannelData> | undefined;
  const kind = data?.[CHANNEL_DATA_KIND] ?? 'text';
  if (kind === 'button') return `▸ ${data?.pressedLabel ?? ''}`.trim();
  if (kind === 'text') return activity.text ?? '';
  return `[${kind}]${activity.text ? ` ${activity.text}` : ''}`;
}
