import { ApiProperty } from '@nestjs/swagger';

export class SystemLearningDto {
  @ApiProperty({ description: 'target system (lower case)' }) system: string;
  @ApiProperty({ description: 'issues people settled for it (reclassified, or resolved confirming the class)' })
  settled: number;
  @ApiProperty({ description: 'of those, answered right by the trained model alone (the message only)' })
  modelRight: number;
  @ApiProperty({ description: 'answered right with the corrections learned before each' }) learnedRight: number;
  @ApiProperty({ description: 'answers the corrections turned from wrong to right' }) helped: number;
  @ApiProperty({ description: 'answers the corrections turned from right to wrong' }) hurt: number;
  @ApiProperty({
    enum: ['helping', 'hurting', 'no_clear_difference'],
    description: 'a one-sided sign test on the answers the corrections changed, at p ≤ 0.05',
  })
  verdict: 'helping' | 'hurting' | 'no_clear_difference';
  @ApiProperty() p: number;
  @ApiProperty() detail: string;
  @ApiProperty({
    description: 'the issues people reclassified for this system, to review what Seam learned from them',
    example: '/v1/issues?classifiedBy=human&system=NetSuite',
  })
  review: string;
}

export class LearningReportDto {
  @ApiProperty({ description: 'corrections learned so far, over all systems' }) corrections: number;
  @ApiProperty({ nullable: true, type: String }) lastLearnedAt: string | null;
  @ApiProperty({ type: [SystemLearningDto], description: "'hurting' first, then by settled issues" })
  systems: SystemLearningDto[];
}
