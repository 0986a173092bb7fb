import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLoggerContract } from 'typeorm';

/**
 * TypeORM's messages through the service's structured, redacted log. Query parameters are left out on
 * purpose: they carry event payloads and, for config writes, secrets.
 */
export class TypeOrmLogger implements TypeOrmLoggerContract {
  private readonly logger = new Logger('database');

  // TypeORM hands every query to a custom logger whatever `logging` says; single queries are not worth a line
  logQuery(): void {}

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn(`query failed (${typeof error === 'string' ? error : error.message}): ${oneLine(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${oneLine(query)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.debug(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // every uuid default is gen_random_uuid(), core Postgres since 13: the extension TypeORM asks for is not
    // needed, and its warning came twice at every start (migrations, then the app's data source)
    if (level === 'warn' && !String(message).includes("'uuid-ossp' extension")) this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}

const oneLine = (query: string) => query.replace(/\s+/g, ' ').trim().slice(0, 500);
