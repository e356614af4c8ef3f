import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Log lines carry ids and outcomes, never what a tenant wrote: callers pass context
 * objects of their own making, and the redaction below is a second line of defence.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['text', '*.text', 'message.text', 'update.message', 'activity.text'], censor: '[redacted]' },
    },
    destination,
  );
}
