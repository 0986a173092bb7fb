import { Module } from '@nestjs/common';
import { IssueRepository } from './issue.repository';

/**
 * The issue table's repository on its own, for capabilities that read and mark issues without the issues
 * module's services (escalation writes an issue's notified state).
 */
@Module({ providers: [IssueRepository], exports: [IssueRepository] })
export class IssueStorageModule {}
