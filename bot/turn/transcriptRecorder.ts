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
  private inItalian: (label: string) => string | undefined = () => undefined;
  private readonly incoming: Partial<Activity>;

  constructor(context: TurnContext) {
    this.incoming = { ...context.activity };
    // A placeholder keeps the tenant's line first; its text is written at save(), once the label's language is known.
    if (this.incoming.type === ActivityTypes.Message) this.lines.push({ direction: 'in', text: '' });
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        if (activity.type === ActivityTypes.Message && activity.text) this.lines.push({ direction: 'out', text: activity.text });
      }
      return next();
    });
  }

  /** How a pressed button's label reads in Italian, for staff who do not read the tenant's language. */
  translateLabels(inItalian: (label: string) => string | undefined): void {
    this.inItalian = inItalian;
  }

  skip(): void {
    this.skipped = true;
  }

  async save(write: (lines: TranscriptLine[]) => Promise<void>): Promise<void> {
    if (this.skipped) return;
    if (this.lines[0]?.direction === 'in') this.lines[0] = { direction: 'in', text: incomingText(this.incoming, this.inItalian) };
    await write(this.lines);
  }
}

/** The tenant's side as a manager reads it: the text, the button label, or what kind of thing was sent. */
function incomingText(activity: Partial<Activity>, inItalian: (label: string) => string | undefined): string {
  const data = activity.channelData as Partial<IncomingChannelData> | undefined;
  const kind = data?.[CHANNEL_DATA_KIND] ?? 'text';
  if (kind === 'button') return pressedText(data?.pressedLabel, inItalian);
  if (kind === 'text') return activity.text ?? '';
  return `[${kind}]${activity.text ? ` ${activity.text}` : ''}`;
}

/** "▸ label", with the Italian label beside it when the tenant's differs; "▸ ?" when the channel did not say. */
function pressedText(label: string | undefined, inItalian: (label: string) => string | undefined): string {
  if (!label) return '▸ ?';
  const italian = inItalian(label);
  return italian && italian.trim() !== label.trim() ? `▸ ${label} (${italian})` : `▸ ${label}`;
}
