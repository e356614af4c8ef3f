import { BotState, type Storage, type StorageKeyFactory, type TurnContext } from 'botbuilder';
import { NEW_ITEM_ETAG } from './prismaStorage';

interface CachedState {
  state: Record<string, unknown> & { eTag?: string };
  hash: string;
}

/**
 * BotState that writes back the eTag it read (botbuilder's own saveChanges always writes '*', so the last
 * writer would win). With PrismaStorage a turn that saves over a newer state fails with StateConflictError.
 */
export class EtagBotState extends BotState {
  private readonly cacheKey = Symbol('etagState');

  constructor(storage: Storage, storageKey: StorageKeyFactory) {
    super(storage, storageKey);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (cached && !force) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as CachedState['state'] | undefined) ?? { eTag: NEW_ITEM_ETAG };
    context.turnState.set(this.cacheKey, { state, hash: hashOf(state) });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (!cached) return;
    const hash = hashOf(cached.state);
    if (!force && cached.hash === hash) return;
    const key = await this.storageKey(context);
    await this.storage.write({ [key]: cached.state });
    cached.hash = hash;
  }

  override async clear(context: TurnContext): Promise<void> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    const eTag = cached?.state.eTag ?? NEW_ITEM_ETAG;
    context.turnState.set(this.cacheKey, { state: { eTag }, hash: '' });
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return (context.turnState.get(this.cacheKey) as CachedState | undefined)?.state;
  }
}

function hashOf(state: CachedState['state']): string {
  const { eTag: _ignored, ...rest } = state;
  return JSON.stringify(rest);
}
