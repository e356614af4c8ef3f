import { EventEmitter } from 'node:events';

/** What happened at the desk; the console's live updates and the staff Telegram group listen to these. */
export type DeskEvent =
  | { type: 'request.visible'; requestId: number; neighbourhoodId: string }
  | { type: 'request.changed'; requestId: number; neighbourhoodId: string; change: RequestChange; staffId?: string }
  | { type: 'request.overdue'; requestId: number; neighbourhoodId: string }
  | { type: 'message.added'; requestId: number; neighbourhoodId: string; messageId: number; author: 'tenant' | 'staff' }
  | { type: 'message.delivery'; requestId: number; neighbourhoodId: string; messageId: number };

export type RequestChange =
  | 'created'
  | 'claimed'
  | 'transferred'
  | 'labelled'
  | 'urgency'
  | 'tenant'
  | 'handedBack'
  | 'resumed'
  | 'closed'
  | 'cancelled'
  | 'rated'
  | 'noted';

type Listener = (event: DeskEvent) => void | Promise<void>;

/** In-process publish/subscribe; a failing listener is reported, never breaks the publisher. */
export class DeskEvents {
  private readonly emitter = new EventEmitter();

  constructor(
    private readonly onListenerError: (error: Error, event: DeskEvent) => void,
    /** Holds an event back until what it tells of is committed (a listener reads it from the database). */
    private readonly whenCommitted: (emit: () => void) => void = (emit) => emit(),
  ) {
    this.emitter.setMaxListeners(0);
  }

  publish(event: DeskEvent): void {
    this.whenCommitted(() => this.emitter.emit('event', event));
  }

  subscribe(listener: Listener): () => void {
    const wrapped = (event: DeskEvent) => {
      try {
        void Promise.resolve(listener(event)).catch((error: Error) => this.onListenerError(error, event));
      } catch (error) {
        this.onListenerError(error as Error, event);
      }
    };
    this.emitter.on('event', wrapped);
    return () => this.emitter.off('event', wrapped);
  }
}
