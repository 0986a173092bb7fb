import { Module } from '@nestjs/common';
import { ConsoleController } from './console.controller';

/** The web console support runs incidents from, served by the service itself. */
@Module({ controllers: [ConsoleController] })
export class ConsoleModule {}
