import { createHash } from 'node:crypto';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import type { Logger } from '../config/logger';
import { matchLanguage, SOURCE_LANGUAGE } from '../i18n/languages';
import { speaks } from '../i18n/i18n';
import { StateConflictError } from '../state/prismaStorage';
import type { EtagBotState } from '../state/etagBotState';

/** A short, stable, non-reversible tag for a conversation, so logs can be correlated without personal data. */
export function conversationTag(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}:${conversationId}`).digest('hex').slice(0, 12);
}

/**
 * The turn boundary: any error of a turn is logged once (ids and error, never what the tenant wrote) and
 * answered in the tenant's language. A state conflict keeps the stored state; other errors reset the
 * conversation so a broken state cannot fail every following turn.
 */
export function createTurnErrorHandler(i18n: I18n, conversationState: EtagBotState, log: Logger, flowOf: (context: TurnContext) => Promise<string | undefined>) {
  return async (context: TurnContext, error: Error): Promise<string | undefined> => {
    const { channelId, conversation, locale } = context.activity;
    const flow = await flowOf(context).catch(() => undefined);
    log.error(
      { conversation: conversationTag(channelId, conversation.id), flow, error: error.name, reason: error.message.slice(0, 300), stack: error.stack?.split('\n').slice(0, 4).join(' | ') },
      'turn failed',
    );
    if (!(error instanceof StateConflictError)) await conversationState.delete(context).catch(() => undefined);
    await context.sendActivity(MessageFactory.text(errorText(i18n, locale))).catch((sendError: Error) =>
      log.warn({ conversation: conversationTag(channelId, conversation.id), error: sendError.message }, 'could not tell the tenant about a failed turn'),
    );
    return flow;
  };
}

/** The error text in the tenant's language: the turn set the locale to it (a language added in the console is one the instance speaks). */
export function errorText(i18n: I18n, locale: string | undefined): string {
  return i18n.getFixedT(locale && speaks(i18n, locale) ? locale : (matchLanguage(locale) ?? SOURCE_LANGUAGE))('common:error');
}
