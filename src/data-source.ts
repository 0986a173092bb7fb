import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { loadConfig } from './platform/config/app-config';
import { dataSourceOptions } from './platform/database/data-source-options';

// For the TypeORM CLI (migration:generate / migration:run) against DATABASE_URL.
const url = loadConfig().DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set to run TypeORM CLI commands');
export default new DataSource(dataSourceOptions(url, ENTITIES));
