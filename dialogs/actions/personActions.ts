import { DESK_TOPICS, type DeskTopic } from '../person/handoverDesk';
import { HANDOVER_DIALOG, type HandoverOptions } from '../person/handoverDialog';
import type { IncomingContent } from '../engine/incomingContent';
import { turnServices } from '../engine/turnServices';
import type { TreeAction } from './actionRegistry';

/** "person.hasOpenRequest": outcome "open" when the tenant's earlier request is still open. */
export const hasOpenRequestAction: TreeAction = {
  name: 'person.hasOpenRequest',
  async run(dc) {
    const { desk, tenant } = turnServices(dc.context);
    return { kind: 'outcome', outcome: (await desk.openRequestOf(tenant.id)) ? 'open' : 'none' };
  },
};

/** "person.handover": queues the request (vars.topic, vars.firstMessage) and hands the chat to a person. */
export const handoverAction: TreeAction = {
  name: 'person.handover',
  async run(_dc, vars) {
    const topic = (DESK_TOPICS as readonly unknown[]).includes(vars.topic) ? (vars.topic as DeskTopic) : undefined;
    const options: HandoverOptions = { topic, first: (vars.firstMessage ?? undefined) as IncomingContent | undefined };
    return { kind: 'dialog', dialogId: HANDOVER_DIALOG, options };
  },
};

/** "person.rate": keeps vars.rating ("r1"…"r5") and the optional vars.comment on the last closed chat. */
export const rateAction: TreeAction = {
  name: 'person.rate',
  async run(dc, vars) {
    const rating = Number(/^r([1-5])$/.exec(String(vars.rating))?.[1]);
    if (!rating) return { kind: 'outcome', outcome: 'invalid' };
    const { desk, tenant } = turnServices(dc.context);
    const comment = typeof vars.comment === 'string' ? vars.comment : undefined;
    return { kind: 'outcome', outcome: (await desk.rateLatest(tenant.id, rating, comment)) ? 'saved' : 'none' };
  },
};
