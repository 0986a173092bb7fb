/**
 * Where to look for what may have caused an issue's failures (a deploy, a business change): its integration
 * and the systems it touches, from a while before the first failure to the latest.
 */
export interface CauseWindow {
  integration: string;
  systems: string[];
  from: Date;
  to: Date;
}
