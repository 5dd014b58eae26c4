// `npm run db:backup`: a consistent snapshot of the live database (VACUUM INTO), safe while the
// app serves, written to KIOKU_BACKUP_DIR or data/backups as kioku-<UTC time>.db.
import "./load-env";
import path from "node:path";
import { backupDirFor, checkBackup, createBackup } from "../lib/backup";
import { readDatabaseUrl, sqliteFilePath } from "../lib/config";

const databaseFile = sqliteFilePath(readDatabaseUrl());
const file = createBackup(databaseFile, backupDirFor(databaseFile), new Date());
const checked = checkBackup(file, path.join(process.cwd(), "prisma", "migrations"));
if (!checked.ok) {
  console.error(`The backup was written but does not check out: ${checked.message}`);
  process.exit(1);
}
console.log(`Backed up ${databaseFile} to ${file} (integrity ok, ${checked.migrations} migrations).`);
