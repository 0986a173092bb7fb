import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import {
  CATEGORIES,
  CLASSIFICATIONS,
  OWNER_CLASSES,
  type Category,
  type OwnerClass,
} from '../../core/classification.types';
import { PageCursor, PageLimit } from '../../platform/http/page-query';
import { IsReadableTimestamp } from '../../platform/http/validation';
import { ISSUE_STATUSES } from '../domain/issue-lifecycle';

const CLASSIFIED_BY = ['human', 'seam'] as const;

export class IssueQueryDto {
  @ApiPropertyOptional({ enum: CLASSIFICATIONS }) @IsOptional() @IsIn(CLASSIFICATIONS) classification?: string;
  @ApiPropertyOptional({ description: 'owner team slug' }) @IsOptional() @IsString() @Length(1, 60) owner?: string;
  @ApiPropertyOptional({ enum: [...ISSUE_STATUSES, 'open'], description: 'open: any status but resolved' })
  @IsOptional()
  @IsIn([...ISSUE_STATUSES, 'open'])
  status?: string;
  @ApiPropertyOptional({ description: 'source or target system' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  system?: string;
  @ApiPropertyOptional({ description: 'source or target entity' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) integration?: string;
  @ApiPropertyOptional({ description: 'a source record id: issues that touched it' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  record?: string;
  @ApiPropertyOptional({ description: 'text in the message' }) @IsOptional() @IsString() @Length(1, 200) q?: string;
  @ApiPropertyOptional({
    enum: CLASSIFIED_BY,
    description: 'human: issues whose class a person set (reclassified); seam: the rest',
  })
  @IsOptional()
  @IsIn(CLASSIFIED_BY)
  classifiedBy?: (typeof CLASSIFIED_BY)[number];
  @ApiPropertyOptional({ description: 'active at or after (last seen)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsReadableTimestamp()
  since?: string;
  @ApiPropertyOptional({ description: 'active at or before (first seen)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsReadableTimestamp()
  until?: string;

  @PageLimit()
  limit?: number;

  @PageCursor('nextCursor of the previous page')
  cursor?: string;
}

export class PageQueryDto {
  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}

export class IssueActionDto {
  @ApiPropertyOptional({ description: 'why, for the timeline' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class AssignDto {
  /** a member id or a name; null to unassign */
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) assignee: string | null = null;
}

export class LinkKnownIssueDto {
  @ApiPropertyOptional() @IsString() @Length(1, 100) knownIssueId: string;
}

export class ReclassifyDto {
  @ApiPropertyOptional({ enum: OWNER_CLASSES }) @IsIn(OWNER_CLASSES) classification: OwnerClass;
  @ApiPropertyOptional({ enum: CATEGORIES }) @IsOptional() @IsIn(CATEGORIES) category?: Category;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) note?: string;
}
