// npm run console:admin -- <email> [name]   (the password is read from CONSOLE_ADMIN_PASSWORD or asked for)
import 'dotenv/config';
import readline from 'node:readline/promises';
import { loadConfig } from '../config/config';
import { migrateDeploy } from '../db/prismaCli';
import { createPrismaClient } from '../db/prismaClient';
import { seedReferenceData } from '../services/referenceDataService';
import { createStaff } from '../services/staff/createStaff';

/** Creates a console admin account from the command line (also when other admins exist). */
async function main(): Promise<void> {
  const [email, name = 'Admin'] = process.argv.slice(2);
  if (!email) throw new Error('usage: npm run console:admin -- <email> [name]');
  const config = loadConfig({ ...process.env, CONSOLE_ADMIN_EMAIL: undefined, CONSOLE_ADMIN_PASSWORD: undefined });
  const password = process.env.CONSOLE_ADMIN_PASSWORD || (await ask('Password (at least 12 characters): '));
  await migrateDeploy(config.DATABASE_URL);
  const db = createPrismaClient(config.DATABASE_URL);
  try {
    await seedReferenceData(db);
    await createStaff(db).accounts.create({ email, name, password, role: 'admin', neighbourhoodIds: [] });
    console.log(`admin ${email} created: log in at http://localhost:${config.PORT}/console/`);
  } finally {
    await db.$disconnect();
  }
}

async function ask(question: string): Promise<string> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
