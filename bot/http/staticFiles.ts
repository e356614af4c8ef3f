import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves the pages of a no-build front end: every .html/.js/.css file under `dir` (read once, at start),
 * index.html at `prefix` itself. Nothing else under the prefix is reachable.
 */
export function serveStaticFiles(scope: FastifyInstance, dir: string, prefix: string): void {
  for (const file of listFiles(dir)) {
    const type = TYPES[path.extname(file)];
    if (!type) continue;
    const body = fs.readFileSync(path.join(dir, file));
    const url = file === 'index.html' ? prefix : `${prefix}${file.split(path.sep).join('/')}`;
    scope.get(url, async (_request, reply) => reply.type(type).header('cache-control', 'no-cache').send(body));
  }
}

function listFiles(dir: string, sub = ''): string[] {
  return fs.readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, path.join(sub, entry.name)) : [path.join(sub, entry.name)],
  );
}
