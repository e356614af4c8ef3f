// `npm run build`: tsc emits only JavaScript, so the files the compiled bot reads from disk are copied next to it,
// at the same place relative to the code as in the repository (dist/ is then laid out like the repository's root).
const fs = require('node:fs');
const path = require('node:path');

/** Read at run time through paths built from __dirname (grep `__dirname` in bot/ when adding one). */
const RUNTIME_FILES = [
  'dialogs/trees',
  'locales',
  // The Prisma CLI loads its configuration itself (TypeScript included), so it is copied, not compiled.
  'prisma/prisma.config.ts',
  'prisma/seed',
  'prisma/sqlite/schema.prisma',
  'prisma/sqlite/migrations',
  'prisma/postgresql/schema.prisma',
  'prisma/postgresql/migrations',
  'bot/db/generated',
  'bot/console/public',
  'bot/channels/sandbox/public',
];

const root = path.join(__dirname, '..');
for (const file of RUNTIME_FILES) {
  const from = path.join(root, file);
  if (!fs.existsSync(from)) {
    console.error(`build: ${file} is missing${file.startsWith('bot/db/generated') ? ' (run npm run db:generate)' : ''}`);
    process.exit(1);
  }
  fs.cpSync(from, path.join(root, 'dist', file), { recursive: true });
}

