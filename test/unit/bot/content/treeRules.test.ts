import { checkTrees } from '../../../../bot/content/treeRules';
import type { Tree } from '../../../../dialogs/schema';

const main: Tree = {
  id: 'main',
  start: 'menu',
  nodes: {
    menu: { type: 'choice', text: 'menu:prompt', choices: [{ id: 'a', label: 'menu:a', next: '@other' }] },
  },
};

describe('checkTrees', () => {
  it('accepts trees whose links all lead somewhere', () => {
    const other: Tree = { id: 'other', start: 'hello', nodes: { hello: { type: 'message', text: 'other:hello', next: null } } };
    expect(checkTrees([main, other], new Set())).toEqual([]);
  });

  it.each([
    [
      'a link to a missing node',
      { id: 'other', start: 's', nodes: { s: { type: 'message', text: 'o:x', next: 'nowhere' } } },
      'node "s" points to missing node "nowhere"',
    ],
    [
      'a link to a missing tree',
      { id: 'other', start: 's', nodes: { s: { type: 'message', text: 'o:x', next: '@ghost' } } },
      'node "s" points to missing tree "@ghost"',
    ],
    [
      'an unreachable node',
      { id: 'other', start: 's', nodes: { s: { type: 'message', text: 'o:x', next: null }, lost: { type: 'message', text: 'o:y', next: null } } },
      'node "lost" is unreachable from "s"',
    ],
    [
      'an unknown action',
      { id: 'other', start: 's', nodes: { s: { type: 'action', action: 'no.such', next: null } } },
      'node "s" calls unknown action "no.such"',
    ],
    ['a missing start node', { id: 'other', start: 'nope', nodes: { s: { type: 'message', text: 'o:x', next: null } } }, 'start node "nope" does not exist'],
  ])('reports %s with its file', (_name, other, problem) => {
    expect(checkTrees([main, other as Tree], new Set())).toContainEqual(expect.objectContaining({ file: 'dialogs/trees/other.json', tree: 'other', problem }));
  });

  it('checks the neighbourhoods of a branch and follows its links', () => {
    const other: Tree = {
      id: 'other',
      start: 'where',
      nodes: {
        where: { type: 'branch', on: 'neighbourhood', cases: { 'san-siro': 'sanSiro', atlantis: 'sanSiro' }, next: 'elsewhere' },
        sanSiro: { type: 'message', text: 'other:sanSiro', next: null },
        elsewhere: { type: 'message', text: 'other:elsewhere', next: null },
      },
    };
    expect(checkTrees([main, other], new Set(), new Set(['san-siro', 'gratosoglio']))).toEqual([
      { file: 'dialogs/trees/other.json', tree: 'other', node: 'where', problem: 'node "where" has a case for unknown neighbourhood "atlantis"' },
    ]);
  });
});
