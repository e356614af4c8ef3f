import { badRequest, conflict } from '../apiError';
import type { Args } from '../args';
import type { TgUpdate } from '../types';
import { UPDATE_TYPES } from '../updateQueue';
import { Described, type MethodContext, type MethodTable } from './context';

/** Integer arguments of getUpdates/setWebhook are parsed leniently and clamped, like the real server. */
function clampedInt(args: Args, name: string, fallback: number, min: number, max: number): number {
  const text = args.str(name)?.trim();
  if (text === undefined) return fallback;
  const match = /^[-+]?\d+/.exec(text);
  const value = match === null ? 0 : Number(match[0]);
  return Math.min(max, Math.max(min, value));
}

function readAllowedUpdates(args: Args): string[] | undefined {
  const text = args.str('allowed_updates');
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return undefined; // the real server ignores an unparsable allowed_updates
  }
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string' && (UPDATE_TYPES as readonly string[]).includes(v));
}

async function getUpdates({ args, state, signal }: MethodContext): Promise<TgUpdate[]> {
  if (state.webhook.active) {
    throw conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  const offset = clampedInt(args, 'offset', 0, -(2 ** 31), 2 ** 31 - 1);
  const limit = clampedInt(args, 'limit', 100, 1, 100);
  const timeout = clampedInt(args, 'timeout', 0, 0, state.longPollMaxSeconds);
  const allowed = readAllowedUpdates(args);
  if (allowed !== undefined) state.updates.setAllowedUpdates(allowed);
  return state.updates.getUpdates({ offset, limit, timeout, signal });
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Webhook URL checks of the real API; plain http is accepted for loopback hosts only (tests). */
function validateWebhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.includes('://') ? raw : `https://${raw}`);
  } catch {
    throw badRequest('invalid webhook URL specified');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badRequest('invalid webhook URL specified');
  if (!isLoopback(url.hostname)) {
    if (url.protocol !== 'https:') throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    const port = url.port === '' ? '443' : url.port;
    if (!['80', '88', '443', '8443'].includes(port)) {
      throw badRequest('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
    }
  }
  return url.toString();
}

function setWebhook(ctx: MethodContext): Described {
  const { args, state } = ctx;
  const rawUrl = args.str('url');
  if (rawUrl === undefined) return deleteWebhook(ctx);
  const url = validateWebhookUrl(rawUrl.trim());
  const secret = args.str('secret_token');
  if (secret !== undefined && (secret.length > 256 || !/^[A-Za-z0-9_-]+$/.test(secret))) {
    throw badRequest('secret token contains unallowed characters');
  }
  const maxConnections = clampedInt(args, 'max_connections', 40, 1, 100);
  const ipAddress = args.str('ip_address');
  const dropPending = args.bool('drop_pending_updates');
  const allowed = readAllowedUpdates(args);
  const current = state.webhook.config;
  if (
    current !== undefined && current.url === url && current.secretToken === secret &&
    current.maxConnections === maxConnections && current.ipAddress === ipAddress && !dropPending
  ) {
    if (allowed !== undefined) state.updates.setAllowedUpdates(allowed);
    return new Described(true, 'Webhook is already set');
  }
  state.updates.abortPoll(conflict('terminated by setWebhook request'));
  if (dropPending) state.updates.dropPending();
  if (allowed !== undefined) state.updates.setAllowedUpdates(allowed);
  state.webhook.set({
    url,
    maxConnections,
    setAt: state.now(),
    ...(secret !== undefined && { secretToken: secret }),
    ...(ipAddress !== undefined && { ipAddress }),
  });
  return new Described(true, 'Webhook was set');
}

function deleteWebhook({ args, state }: MethodContext): Described {
  if (args.bool('drop_pending_updates')) state.updates.dropPending();
  const wasActive = state.webhook.active;
  state.webhook.clear();
  return new Described(true, wasActive ? 'Webhook was deleted' : 'Webhook is already deleted');
}

function getWebhookInfo({ state }: MethodContext): Record<string, unknown> {
  const config = state.webhook.config;
  const info: Record<string, unknown> = {
    url: config?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: state.updates.pendingCount,
  };
  if (config === undefined) return info;
  if (config.ipAddress !== undefined) info.ip_address = config.ipAddress;
  const lastError = state.webhook.lastError;
  if (lastError !== undefined) {
    info.last_error_date = lastError.date;
    info.last_error_message = lastError.message;
  }
  info.max_connections = config.maxConnections;
  const allowed = state.updates.allowedUpdates;
  if (allowed !== undefined) info.allowed_updates = allowed;
  return info;
}

export const updateMethods: MethodTable = { getUpdates, setWebhook, deleteWebhook, getWebhookInfo };
