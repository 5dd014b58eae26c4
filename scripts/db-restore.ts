// `npm run db:restore -- <backup file>`: checks the backup (PRAGMA integrity_check, finished and
// known migrations), refuses while a server runs on the database, keeps the live file as .bak,
// then puts the backup in its place. Run `npm run db:migrate` afterwards if the backup is older.
import "./load-env";
import path from "node:path";
import { restoreBackup } from "../lib/backup";
import { readDatabaseUrl, sqliteFilePath } from "../lib/config";

const [file, ...extra] = process.argv.slice(2);
if (!file || extra.length) {
  console.error("Usage: npm run db:restore -- <backup file>   (see npm run db:backup; backups live in data/backups)");
  process.exit(2);
}
const databaseFile = sqliteFilePath(readDatabaseUrl());
const restored = restoreBackup(path.resolve(file), databaseFile, path.join(process.cwd(), "prisma", "migrations"));
if (!restored.ok) {
  console.error(`Not restored: ${restored.message}`);
  process.exit(1);
}
console.log(`Restored ${databaseFile} from ${file}.${restored.previous ? ` The previous database is kept as ${restored.previous}.` : ""}`);
console.log("Run `npm run db:migrate` next if the backup predates this version's migrations.");
