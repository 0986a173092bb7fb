import { DynamicModule, Global, Module } from '@nestjs/common';
import { QueueConnection, type QueueConnectionSettings } from './queue-connection';
import { QueueService } from './queue.service';

@Global()
@Module({})
export class QueueModule {
  static forRoot(settings: QueueConnectionSettings): DynamicModule {
    return {
      module: QueueModule,
      providers: [{ provide: QueueConnection, useValue: new QueueConnection(settings) }, QueueService],
      exports: [QueueService],
    };
  }
}
