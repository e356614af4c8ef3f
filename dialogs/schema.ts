import { z } from 'zod';

/** A text: an i18next key as "namespace:key.path". */
export const textKey = z.string().regex(/^[a-z][a-zA-Z0-9]*:[a-zA-Z0-9_.]+$/, 'must be an i18next key such as "menu:prompt"');

/** A node id, or "@tree" for another tree's start, or null for "back to the main menu". */
const next = z.union([z.string().regex(/^@?[a-zA-Z][a-zA-Z0-9_-]{0,39}$/), z.null()]);

const choice = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/, 'choice ids are letters, digits, _ and - (40 at most)'),
  label: textKey,
  next,
});

const messageNode = z.object({ type: z.literal('message'), text: textKey, next });
const choiceNode = z.object({
  type: z.literal('choice'),
  text: textKey,
  choices: z.array(choice).min(1).max(12),
  /** Buttons side by side; 1 (default) gives the biggest buttons. */
  columns: z.number().int().min(1).max(3).optional(),
  /** Leave out the automatic Back / Main menu / Talk to a person buttons (only the main menu does). */
  noNavigation: z.boolean().optional(),
  /** Keep the chosen id for actions, as input nodes do. */
  saveAs: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/).optional(),
});
/** "message": a text, photo, voice note, document, location or contact, whichever the tenant sends. */
export const INPUT_KINDS = ['text', 'photo', 'location', 'date', 'phone', 'message'] as const;
const inputNode = z.object({
  type: z.literal('input'),
  text: textKey,
  input: z.enum(INPUT_KINDS),
  saveAs: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  maxLength: z.number().int().min(1).max(4000).optional(),
  /** Adds a Skip button; a skipped answer is kept as null. */
  optional: z.boolean().optional(),
  next,
});
const actionNode = z.object({
  type: z.literal('action'),
  action: z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/),
  next,
  /** Where to go for each outcome the action reports; `next` for the others. */
  outcomes: z.record(z.string(), next).optional(),
});

/** Goes on differently in each neighbourhood (the tenant's, once known): a flow adapted by its coordinators. */
const branchNode = z.object({
  type: z.literal('branch'),
  on: z.literal('neighbourhood'),
  /** neighbourhood id → where to go; `next` for the others and for tenants whose neighbourhood is not known. */
  cases: z.record(z.string().regex(/^[a-z][a-z-]{0,39}$/), next),
  next,
});

export const nodeSchema = z.discriminatedUnion('type', [messageNode, choiceNode, inputNode, actionNode, branchNode]);

export const treeSchema = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/),
  /**
   * The discreet support path: nothing of a visit is kept in the transcript, every message carries the quick
   * exit, and its messages are deleted from the chat on exit or after a while.
   */
  discreet: z.boolean().optional(),
  /** Nothing of a visit is kept in the transcript the community managers read (health data). */
  private: z.boolean().optional(),
  start: z.string(),
  nodes: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/), nodeSchema),
});

export type Tree = z.infer<typeof treeSchema>;
export type TreeNode = z.infer<typeof nodeSchema>;
export type ChoiceNode = z.infer<typeof choiceNode>;
export type InputNode = z.infer<typeof inputNode>;
export type InputKind = (typeof INPUT_KINDS)[number];
export type Next = z.infer<typeof next>;

/** The tree every conversation returns to. */
export const MAIN_TREE = 'main';
