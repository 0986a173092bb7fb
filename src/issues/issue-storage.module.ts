import { Module } from '@nestjs/common';
import { IssueRepository } from './issue.repository';

/**
 * The issue table's repository on its own, for capabilities the issues module itself depends on
 * (escalation writes an issue's notified state): importing IssuesModule there would be a cycle.
 */
@Module({ providers: [IssueRepository], exports: [IssueRepository] })
export class IssueStorageModule {}
