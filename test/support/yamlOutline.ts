/**
 * The mappings of a block-style YAML file, as nested keys and scalar values (no `yaml` package in node_modules):
 * enough to check compose.yaml's services, settings and mounts. Sequences are kept as lists of their items' text;
 * anchors are resolved for scalars (`*name`) and for mappings merged with `<<: *name`.
 */
export type Outline = { [key: string]: Outline | string | string[] };

interface Line {
  indent: number;
  text: string;
}

export function yamlOutline(source: string): Outline {
  if (/^\t/m.test(source)) throw new Error('YAML does not allow tabs for indentation');
  const lines: Line[] = source
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map((line) => ({ indent: line.length - line.trimStart().length, text: line.trim() }));
  const anchors = new Map<string, Outline | string>();
  let at = 0;

  function block(indent: number): Outline | string[] {
    if (lines[at]?.text.startsWith('- ')) {
      const items: string[] = [];
      while (lines[at]?.indent === indent && lines[at]!.text.startsWith('- ')) items.push(unquote(lines[at++]!.text.slice(2)));
      return items;
    }
    const outline: Outline = {};
    while (at < lines.length && lines[at]!.indent === indent) {
      const { text } = lines[at++]!;
      const match = /^("[^"]+"|[^:\s][^:]*):(?:\s+(.*))?$/.exec(text);
      if (!match) throw new Error(`not a mapping line: ${text}`);
      const key = unquote(match[1]!);
      let value = match[2] ?? '';
      const anchor = /^&(\S+)\s*(.*)$/.exec(value);
      if (anchor) value = anchor[2]!;
      const nested = value === '' && at < lines.length && lines[at]!.indent > indent;
      const parsed = nested ? block(lines[at]!.indent) : resolve(value);
      if (anchor && !Array.isArray(parsed)) anchors.set(anchor[1]!, parsed);
      if (key === '<<' && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(outline, parsed, outline);
      else outline[key] = parsed;
    }
    if (at < lines.length && lines[at]!.indent > indent) throw new Error(`bad indentation: ${lines[at]!.text}`);
    return outline;
  }

  function resolve(value: string): Outline | string {
    if (!value.startsWith('*')) return unquote(value);
    const found = anchors.get(value.slice(1));
    if (found === undefined) throw new Error(`unknown anchor ${value}`);
    return found;
  }

  const root = block(0);
  if (Array.isArray(root)) throw new Error('a compose file is a mapping');
  return root;
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
