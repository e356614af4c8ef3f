import { badRequest } from './apiError';

export interface CallbackAnswer {
  text?: string;
  showAlert: boolean;
  url?: string;
  cacheTime?: number;
  at: number;
}

interface QueryState {
  userId: number;
  createdAt: number;
  answer?: CallbackAnswer;
}

/** Callback queries created by simulated button presses; each can be answered once. */
export class CallbackQueries {
  private readonly queries = new Map<string, QueryState>();

  constructor(private readonly ttlMs: number | undefined, private readonly now: () => number) {}

  register(id: string, userId: number): void {
    this.queries.set(id, { userId, createdAt: this.now() });
  }

  answer(id: string | undefined, answer: Omit<CallbackAnswer, 'at'>): void {
    const query = id === undefined ? undefined : this.queries.get(id);
    const expired = query !== undefined && this.ttlMs !== undefined && this.now() - query.createdAt > this.ttlMs;
    if (query === undefined || query.answer !== undefined || expired) {
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    }
    query.answer = { ...answer, at: this.now() };
  }

  answerOf(id: string): CallbackAnswer | undefined {
    const answer = this.queries.get(id)?.answer;
    return answer === undefined ? undefined : { ...answer };
  }
}
