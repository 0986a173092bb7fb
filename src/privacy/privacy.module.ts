import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OwnershipModule } from '../ownership/ownership.module';
import { MaskingInterceptor } from './masking.interceptor';
import { HiddenValuesRepository } from './hidden-values.repository';
import { PrivacyService } from './privacy.service';

/** Privacy masking of sensitive payload fields, for every answer to a role privacy.visibleTo leaves out. */
@Module({
  imports: [OwnershipModule],
  providers: [PrivacyService, HiddenValuesRepository, { provide: APP_INTERCEPTOR, useClass: MaskingInterceptor }],
  exports: [PrivacyService],
})
export class PrivacyModule {}
