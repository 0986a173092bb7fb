import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IssueActionDto, IssueQueryDto, PageQueryDto, ReclassifyDto } from './dto/issue-query.dto';
import { IssuesService } from './issues.service';

// Until API keys exist every console action is recorded under this actor.
const ACTOR = 'console';

@ApiTags('issues')
@Controller('v1')
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @Get('issues')
  @ApiOperation({ summary: 'Support console query: classified issues, newest activity first' })
  list(@Query() query: IssueQueryDto) {
    return this.issues.list(query);
  }

  @Get('issues/:id')
  @ApiOperation({ summary: 'One issue with its reasons, trace-back records, sample events and timeline' })
  detail(@Param('id') id: string) {
    return this.issues.detail(id);
  }

  @Post('issues/:id/acknowledge')
  @HttpCode(200)
  acknowledge(@Param('id') id: string, @Body() body: IssueActionDto) {
    return this.issues.act(id, 'acknowledge', ACTOR, body.note);
  }

  @Post('issues/:id/resolve')
  @HttpCode(200)
  resolve(@Param('id') id: string, @Body() body: IssueActionDto) {
    return this.issues.act(id, 'resolve', ACTOR, body.note);
  }

  @Post('issues/:id/reclassify')
  @HttpCode(200)
  @ApiOperation({ summary: "A person's classification: it sticks to the fingerprint and reroutes the issue" })
  reclassify(@Param('id') id: string, @Body() body: ReclassifyDto) {
    return this.issues.reclassify(id, ACTOR, body);
  }

  @Get('queues/engineering')
  @ApiOperation({ summary: 'Genuine defects, open, most impact first' })
  engineeringQueue(@Query() query: PageQueryDto) {
    return this.issues.engineeringQueue(query);
  }
}
