import { diffBundles } from '../../../../bot/content/bundleDiff';
import type { ContentBundle } from '../../../../bot/content/contentBundle';
import { effectiveBundle } from '../../../../bot/content/effectiveBundle';

const base = (): ContentBundle => ({
  trees: [{ id: 'main', start: 'a', nodes: { a: { type: 'message', text: 'menu:a', next: 'b' }, b: { type: 'message', text: 'menu:b', next: null } } }],
  resources: { it: { menu: { a: 'A', b: 'B' } }, ar: { menu: { a: 'أ', b: 'ب' } } },
  translatedFrom: {},
});

describe('diffBundles', () => {
  it('lists changed, added and removed texts and nodes', () => {
    const after = base();
    after.resources.it!.menu!.a = 'A2';
    delete after.resources.ar!.menu!.b;
    after.resources.it!.menu!.c = 'C';
    after.trees[0]!.nodes.c = { type: 'message', text: 'menu:c', next: null };
    delete after.trees[0]!.nodes.b;
    after.trees[0]!.nodes.a = { type: 'message', text: 'menu:a', next: 'c' };
    expect(diffBundles(base(), after)).toEqual({
      texts: [
        { language: 'ar', key: 'menu:b', before: 'ب', after: null },
        { language: 'it', key: 'menu:a', before: 'A', after: 'A2' },
        { language: 'it', key: 'menu:c', before: null, after: 'C' },
      ],
      nodes: [
        { tree: 'main', node: 'a', change: 'changed' },
        { tree: 'main', node: 'b', change: 'removed' },
        { tree: 'main', node: 'c', change: 'added' },
      ],
    });
  });

  it('finds nothing between equal bundles', () => {
    expect(diffBundles(base(), base())).toEqual({ texts: [], nodes: [] });
  });
});

describe('effectiveBundle', () => {
  it('runs the published version over the files: keys and trees new in the files are kept', () => {
    const files = base();
    files.resources.it!.menu!.fromNewCode = 'Nuovo';
    files.trees.push({ id: 'extra', start: 'x', nodes: { x: { type: 'message', text: 'menu:a', next: null } } });
    const published = base();
    published.resources.it!.menu!.a = 'Pubblicato';
    const running = effectiveBundle(files, published);
    expect(running.resources.it!.menu).toEqual({ a: 'Pubblicato', b: 'B', fromNewCode: 'Nuovo' });
    expect(running.trees.map((tree) => tree.id)).toEqual(['main', 'extra']);
  });
});
