import type { Db } from '../../db/prismaClient';
import { isUniqueViolation } from '../../db/prismaErrors';
import { parseBundle, type ContentBundle } from '../../content/contentBundle';
import { checkBundle } from '../../content/contentCheck';
import { effectiveBundle } from '../../content/effectiveBundle';
import { ConflictError, NotFoundError } from '../errors';
import { ContentInvalidError } from './contentErrors';

const DRAFT_ID = 'draft';

export interface Draft {
  revision: number;
  bundle: ContentBundle;
  updatedBy: string | null;
  updatedAt: Date;
}

export interface VersionSummary {
  number: number;
  author: string;
  note: string;
  createdAt: Date;
  restoredFrom: number | null;
}

/**
 * The coordinators' content in the database: one shared draft, edited with a revision number so that two
 * editors cannot overwrite each other, and the published versions (the highest number runs).
 */
export class ContentStore {
  constructor(
    private readonly db: Db,
    /** The bundle of the files in dialogs/ and locales/, read when needed. */
    readonly files: () => ContentBundle,
  ) {}

  async latestNumber(): Promise<number | null> {
    const { _max } = await this.db.contentVersion.aggregate({ _max: { number: true } });
    return _max.number;
  }

  /** The content the bot runs: the latest version over the files, and its number (null: the files alone). */
  async running(): Promise<{ version: number | null; bundle: ContentBundle }> {
    const latest = await this.db.contentVersion.findFirst({ orderBy: { number: 'desc' } });
    return { version: latest?.number ?? null, bundle: effectiveBundle(this.files(), latest ? parseBundle(latest.bundle) : undefined) };
  }

  async draft(): Promise<Draft> {
    const row = await this.db.contentDraft.findUnique({ where: { id: DRAFT_ID } });
    if (row) return { revision: row.revision, bundle: parseBundle(row.bundle), updatedBy: row.updatedBy, updatedAt: row.updatedAt };
    const { bundle } = await this.running();
    const created = await this.db.contentDraft.upsert({ where: { id: DRAFT_ID }, create: { id: DRAFT_ID, bundle: JSON.stringify(bundle) }, update: {} });
    return { revision: created.revision, bundle: parseBundle(created.bundle), updatedBy: created.updatedBy, updatedAt: created.updatedAt };
  }

  /** Applies an edit to the draft as it was at `revision`; a draft changed meanwhile is a conflict. */
  async editDraft(revision: number, author: string, edit: (bundle: ContentBundle) => ContentBundle): Promise<number> {
    const draft = await this.draft();
    if (draft.revision !== revision) throw staleRevision(draft);
    const bundle = edit(draft.bundle);
    const { count } = await this.db.contentDraft.updateMany({
      where: { id: DRAFT_ID, revision },
      data: { bundle: JSON.stringify(bundle), revision: { increment: 1 }, updatedBy: author },
    });
    if (count === 0) throw staleRevision(await this.draft());
    return revision + 1;
  }

  /** Publishes the draft as the next version, if it passes the content check. */
  async publish(revision: number, note: string, author: string): Promise<number> {
    const draft = await this.draft();
    if (draft.revision !== revision) throw staleRevision(draft);
    const problems = checkBundle(draft.bundle);
    if (problems.length > 0) throw new ContentInvalidError(problems);
    return this.addVersion(draft.bundle, note, author, null);
  }

  /** Publishes an earlier version again as the newest one, and makes the draft that content (the draft at `revision`). */
  async restore(revision: number, number: number, note: string, author: string): Promise<number> {
    const bundle = await this.version(number);
    // The code may have changed since: a version that no longer passes the check is not restored.
    const problems = checkBundle(bundle);
    if (problems.length > 0) throw new ContentInvalidError(problems);
    // The draft first, and only as it was at `revision`: an edit saved meanwhile is not lost.
    await this.editDraft(revision, author, () => bundle);
    return this.addVersion(bundle, note, author, number);
  }

  /** Drops the draft's edits (as they were at `revision`): the draft becomes what the bot runs. */
  async discardDraft(revision: number, author: string): Promise<void> {
    const { bundle } = await this.running();
    await this.editDraft(revision, author, () => bundle);
  }

  async versions(): Promise<VersionSummary[]> {
    return this.db.contentVersion.findMany({
      orderBy: { number: 'desc' },
      select: { number: true, author: true, note: true, createdAt: true, restoredFrom: true },
    });
  }

  async version(number: number): Promise<ContentBundle> {
    const row = await this.db.contentVersion.findUnique({ where: { number } });
    if (!row) throw new NotFoundError(`there is no version ${number}`);
    return parseBundle(row.bundle);
  }

  private async addVersion(bundle: ContentBundle, note: string, author: string, restoredFrom: number | null): Promise<number> {
    // Two publishes at once: the second gets the next number (the number is the primary key).
    for (let attempt = 0; ; attempt += 1) {
      const number = ((await this.latestNumber()) ?? 0) + 1;
      try {
        await this.db.contentVersion.create({ data: { number, bundle: JSON.stringify(bundle), note, author, restoredFrom } });
        return number;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 4) throw error;
      }
    }
  }
}

function staleRevision(draft: Draft): ConflictError {
  return new ConflictError(`the draft was changed meanwhile${draft.updatedBy ? ` by ${draft.updatedBy}` : ''}: reload it`, { revision: draft.revision });
}
