// The draft as the content page holds it: its trees, every text by language with its translation state, the
// languages, and the revision each edit must name (an edit on an older revision is refused with 409).
import { ApiError, api } from '../../api.js';
import { flash } from '../../flash.js';
import { getNeighbourhoods } from '../../lookups.js';
import { languageLabel } from './words.js';

/** Reads the draft and its texts at the same revision (and the neighbourhoods, which branches name). */
export async function loadDraft() {
  for (let attempt = 0; ; attempt += 1) {
    const [draft, table, neighbourhoods] = await Promise.all([api('GET', '/content/draft'), api('GET', '/content/translations'), getNeighbourhoods()]);
    if (draft.revision === table.revision || attempt >= 2) return draftModel(draft, table, neighbourhoods);
  }
}

function draftModel(draft, table, neighbourhoods) {
  const rows = new Map(table.rows.map((row) => [row.key, row]));
  const model = {
    draft,
    revision: draft.revision,
    trees: draft.trees,
    rows: table.rows,
    neighbourhoods,
    neighbourhoodName: (id) => (neighbourhoods.find((neighbourhood) => neighbourhood.id === id) || { name: id }).name,
    languages: draft.languages.map((language) => ({ ...language, label: languageLabel(language) })),
    tree: (id) => draft.trees.find((tree) => tree.id === id),
    /** {text, state} of a key in a language ({text: null, state: 'missing'} for a key the draft has not). */
    cell: (key, code) => (rows.get(key) && rows.get(key).texts[code]) || { text: null, state: 'missing' },
    italian: (key) => model.cell(key, 'it').text,
    hasKey: (key) => rows.has(key),
    keys: () => new Set(rows.keys()),
    /** The steps (of every tree) that show this text: [{tree, node}]. */
    usesOf(key) {
      return draft.trees.flatMap((tree) => Object.entries(tree.nodes)
        .filter(([, node]) => node.text === key || (node.type === 'choice' && node.choices.some((choice) => choice.label === key)))
        .map(([node]) => ({ tree: tree.id, node })));
    },
  };
  return model;
}

/**
 * An edit of the draft: sends the model's revision and keeps the new one. When another person edited the draft
 * meanwhile, says so, reloads the page (reload) and answers null: the caller stops there.
 */
export function draftEditor(model, reload) {
  return async function edit(method, path, body = {}) {
    try {
      const answer = await api(method, path, { ...body, revision: model.revision });
      if (answer && Number.isInteger(answer.revision)) model.revision = answer.revision;
      return answer || {};
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.status === 409 && caught.data.detail && Number.isInteger(caught.data.detail.revision))) throw caught;
      const fresh = await reload();
      flash(`Nel frattempo ${(fresh && fresh.draft.updatedBy) || 'un’altra persona'} ha modificato la bozza: ora vedi quella aggiornata. Rifai la tua modifica.`, 'error');
      return null;
    }
  };
}
