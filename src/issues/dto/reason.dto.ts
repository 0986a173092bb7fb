import { ApiProperty } from '@nestjs/swagger';

/**
 * One piece of evidence behind a class, as an issue shows it. Kept with the issues (which classification
 * depends on) so the classifier's own answers (dry runs, rule tests) can show their reasons the same way.
 */
export class ReasonDto {
  @ApiProperty() signal: string;
  @ApiProperty() detail: string;
  @ApiProperty() weight: number;
}
