// Text from events (titles, reasons, integration names) goes into chat formats that parse markup. Each
// escaper turns it into text that renders as itself: no mentions, no links, no HTML in the reader's client.

/**
 * Slack mrkdwn and message text: Slack parses only `<…>` (mentions `<!channel>`, `<@U…>`, links
 * `<url|label>`) and entities, and asks for exactly &, < and > to be escaped
 * (https://api.slack.com/reference/surfaces/formatting#escaping).
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TEAMS_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // markdown: links [label](url), emphasis, code, headings, lists, tables; as entities they render as the
  // character and are never markup, where a backslash escape is not honoured by every Teams client
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '#': '&#35;',
  '~': '&#126;',
  '|': '&#124;',
  '\\': '&#92;',
};

/** Teams MessageCard text and title, which take both markdown and an HTML subset (`<at>` mentions, `<a>` links). */
export function escapeTeams(text: string): string {
  return text.replace(/[&<>"'[\]()*_`#~|\\]/g, (c) => TEAMS_ENTITIES[c]);
}

/** Jira wiki markup: links `[label|url]`, mentions `[~user]`, macros `{…}`, images `!url!`; a backslash makes each literal. */
export function escapeJira(text: string): string {
  return text.replace(/[\\[\]{}|!]/g, (c) => `\\${c}`);
}
