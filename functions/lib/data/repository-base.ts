/** What every repository over the one table starts from: the database it reads and writes (client.ts). */
import type { Database } from './client.ts';

export abstract class TableRepository {
  protected readonly db: Database;
  constructor(db: Database) {
    this.db = db;
  }
}
