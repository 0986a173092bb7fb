// The Seam console: plain DOM, no framework, no CDN. Every text goes through textContent, never innerHTML.
'use strict';

const CLASSES = ['defect', 'bad_source_data', 'process_change', 'needs_triage'];
const OWNER_CLASSES = CLASSES.filter((c) => c !== 'needs_triage');
const STATUSES = ['new', 'acknowledged', 'regressed', 'resolved'];
const FILTERS = [
  'classification',
  'status',
  'owner',
  'integration',
  'system',
  'entity',
  'record',
  'q',
  'since',
  'until',
  'classifiedBy',
];
/** How often the issues list refreshes itself while it is on screen. */
const REFRESH_MS = 15_000;
const main = document.getElementById('main');

/** h('tag.class', { attrs }, children…) → element; strings become text nodes. */
function h(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false)
      el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false)
      el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

async function api(path, options = {}) {
  const res = await fetch(path, {
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    ...options,
  });
  if (res.status === 401) {
    signIn();
    throw new Error('signed out');
  }
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new Error((body && body.message && body.message.join('; ')) || `HTTP ${res.status}`);
  return body;
}

const words = (cls) => String(cls || '').replace(/_/g, ' ');
const pill = (cls) => h('span.pill.' + cls, {}, words(cls));
const show = (...nodes) =>
  main.replaceChildren(...nodes.filter((node) => node !== null && node !== undefined && node !== false));
// Views load asynchronously: one whose route was left while it loaded must not draw over the next one.
let routeId = 0;
const stale = (mine) => mine !== routeId;
const failed = (error) => show(h('p.error', { role: 'alert' }, error.message));
const th = (...labels) =>
  h(
    'thead',
    {},
    h(
      'tr',
      {},
      labels.map((label) => h('th', { scope: 'col' }, label)),
    ),
  );
const flow = (item) => `${item.sourceSystem} → ${item.targetSystem || '—'}`;

// ---- Time: the viewer's zone, with relative ages ------------------------------------------------------------

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
// (dateStyle cannot be combined with timeZoneName: the fields are spelled out)
const LOCAL = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "45 s", "12 min", "3 h", "2 d": how long a span is, in the unit that reads best. */
function span(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86_400 * 2) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} d`;
}
const ago = (iso) => `${span(Date.now() - new Date(iso).getTime())} ago`;
const local = (iso) => LOCAL.format(new Date(iso));
/** A time as an age ("12 min ago"), the full local time on hover and for screen readers. */
const stamp = (iso) => (iso ? h('time', { datetime: new Date(iso).toISOString(), title: local(iso) }, ago(iso)) : '—');
/** A time in full, local, with its age. */
const when = (iso) => (iso ? h('time', { datetime: new Date(iso).toISOString() }, `${local(iso)} (${ago(iso)})`) : '—');

/** "6 in 5 min" for a burst, "12/h over 6 h" once it has lasted: a rate that does not pretend. */
function rate(issue) {
  const ms = new Date(issue.lastSeenAt) - new Date(issue.firstSeenAt);
  if (ms < 3600_000) return `${issue.occurrences} in ${ms < 60_000 ? 'under a minute' : span(ms)}`;
  const perHour = issue.occurrences / (ms / 3600_000);
  return `${perHour >= 10 ? Math.round(perHour) : perHour.toFixed(1)}/h over ${span(ms)}`;
}

// timers of the view on screen (live refresh, "updated 5 s ago"), stopped when the view changes
let timers = [];
const every = (ms, run) => timers.push(setInterval(run, ms));
const stopTimers = () => {
  timers.forEach(clearInterval);
  timers = [];
};

function signIn() {
  stopTimers();
  document.getElementById('nav').hidden = true;
  document.getElementById('who').textContent = '';
  const key = h('input', { type: 'password', name: 'key', placeholder: 'API key', autocomplete: 'off', size: 50 });
  const message = h('p.error', { role: 'alert' });
  const form = h(
    'form.card',
    {
      onsubmit: async (event) => {
        event.preventDefault();
        const res = await fetch('/console/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ key: key.value }),
        });
        if (!res.ok) {
          const body = await res.json().catch(() => ({}));
          message.textContent = (body.message || ['sign-in failed']).join('; ');
          return;
        }
        start();
      },
    },
    h('h2', {}, 'Sign in'),
    h(
      'p',
      {},
      'with your API key (support, engineering, business or admin). The console keeps an httpOnly session; the key is not stored in the browser.',
    ),
    key,
    ' ',
    h('button', { type: 'submit' }, 'Sign in'),
    message,
  );
  show(form);
  key.focus();
}

async function start() {
  try {
    const me = await api('/console/session');
    document.getElementById('nav').hidden = false;
    document.getElementById('who').replaceChildren(
      `${me.name} (${me.role}) · ${ZONE} `,
      h(
        'button',
        {
          onclick: async () => {
            await fetch('/console/session/end', { method: 'POST' });
            signIn();
          },
        },
        'Sign out',
      ),
    );
    await refreshBanner();
    route();
  } catch (error) {
    if (error.message !== 'signed out') failed(error);
  }
}

async function refreshBanner() {
  const audit = await api('/v1/escalation-audit').catch(() => null);
  const banner = document.getElementById('banner');
  banner.hidden = !(audit && audit.banner);
  if (audit && audit.banner)
    banner.replaceChildren(audit.banner, ' — ', h('a', { href: '#/owners' }, 'see the escalation audit'));
}

// ---- Issues -------------------------------------------------------------------------------------------------

const savedViews = () => JSON.parse(localStorage.getItem('seam.views') || '{}');

/** The list's query: open issues unless a status is chosen ("any" lists every status). */
function listQuery(params) {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name));
  if (!query.get('status')) query.set('status', 'open');
  if (query.get('status') === 'any') query.delete('status');
  for (const key of ['since', 'until']) if (query.get(key)) query.set(key, new Date(query.get(key)).toISOString());
  return query;
}

async function issuesView(params) {
  const mine = routeId;
  const status = params.get('status') || 'open';
  const filterInput = (name) => {
    if (name === 'classification') {
      return h(
        'select',
        { name },
        h('option', { value: '' }, 'any'),
        CLASSES.map((c) => h('option', { value: c, selected: params.get(name) === c }, words(c))),
      );
    }
    if (name === 'status') {
      return h(
        'select',
        { name },
        h('option', { value: 'open', selected: status === 'open' }, 'open (not resolved)'),
        h('option', { value: 'any', selected: status === 'any' }, 'any'),
        STATUSES.map((s) => h('option', { value: s, selected: status === s }, s)),
      );
    }
    if (name === 'classifiedBy') {
      return h(
        'select',
        { name },
        h('option', { value: '' }, 'anyone'),
        h('option', { value: 'human', selected: params.get(name) === 'human' }, 'a person (reclassified)'),
        h('option', { value: 'seam', selected: params.get(name) === 'seam' }, 'Seam'),
      );
    }
    const type = name === 'since' || name === 'until' ? 'datetime-local' : 'text';
    return h('input', { name, value: params.get(name) || '', size: name === 'q' ? 18 : 10, type });
  };
  const form = h(
    'form.filters',
    {
      onsubmit: (event) => {
        event.preventDefault();
        location.hash = '#/issues?' + new URLSearchParams([...new FormData(form)].filter(([, v]) => v)).toString();
      },
    },
    ...FILTERS.map((name) =>
      h('label', {}, name === 'q' ? 'text' : name === 'classifiedBy' ? 'classified by' : name, filterInput(name)),
    ),
    h('button', { type: 'submit' }, 'Filter'),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          const name = prompt('Save this view as');
          if (name) {
            localStorage.setItem('seam.views', JSON.stringify({ ...savedViews(), [name]: params.toString() }));
            route();
          }
        },
      },
      'Save view',
    ),
    h(
      'select',
      {
        'aria-label': 'saved views',
        onchange: (event) => {
          if (event.target.value) location.hash = '#/issues?' + event.target.value;
        },
      },
      h('option', { value: '' }, 'saved views…'),
      Object.entries(savedViews()).map(([name, query]) => h('option', { value: query }, name)),
    ),
  );

  const counts = h('div.counts', { id: 'counts' });
  const table = h('table', { id: 'issues' });
  const empty = h('p', { id: 'no-issues', hidden: true }, 'No issues match these filters.');
  const freshness = h('span.freshness', { id: 'updated', 'aria-live': 'off' });
  let loadedAt = Date.now();
  let selected = 0;

  const render = async () => {
    const query = listQuery(params);
    query.set('limit', '100');
    const [page, summary] = await Promise.all([
      api('/v1/issues?' + query),
      api('/console/summary?' + listQuery(params)),
    ]);
    loadedAt = Date.now();
    const sortKey = params.get('sort') || 'lastSeenAt';
    const items = [...page.items].sort((a, b) =>
      sortKey === 'lastSeenAt'
        ? String(b.lastSeenAt).localeCompare(String(a.lastSeenAt))
        : (b[sortKey] || 0) - (a[sortKey] || 0),
    );
    const sortLink = (key, label) =>
      h('a', { href: '#/issues?' + new URLSearchParams({ ...Object.fromEntries(params), sort: key }) }, label);
    const classLink = (cls) =>
      '#/issues?' + new URLSearchParams({ ...Object.fromEntries(params), classification: cls });
    const countOf = (cls) => (summary.matching.byClass.find((c) => c.classification === cls) || { issues: 0 }).issues;
    const statusWords = status === 'any' ? '' : status === 'open' ? ' open' : ` ${status}`;
    counts.replaceChildren(
      h(
        'strong',
        { id: 'total' },
        `${summary.matching.total}${statusWords} issue${summary.matching.total === 1 ? '' : 's'} match`,
      ),
      ...CLASSES.map((cls) => h('a.count', { href: classLink(cls), 'data-class': cls }, pill(cls), ` ${countOf(cls)}`)),
      chart(summary.hourly),
    );
    table.replaceChildren(
      th(
        'class',
        'issue',
        'integration',
        'owner · assignee',
        'status',
        sortLink('occurrences', 'failures'),
        sortLink('distinctRecords', 'records'),
        'first seen',
        sortLink('lastSeenAt', 'last seen'),
      ),
      h(
        'tbody',
        {},
        items.map((issue) =>
          h(
            'tr.row',
            {
              'data-id': issue.id,
              tabindex: '-1',
              onclick: () => {
                location.hash = '#/issue/' + issue.id;
              },
            },
            h('td', {}, pill(issue.classification)),
            h(
              'td',
              {},
              h('a.title', { href: '#/issue/' + issue.id }, issue.title),
              h('div.story', {}, issue.whatHappened),
            ),
            h('td', {}, h('div', {}, issue.integration), h('div.muted', {}, flow(issue))),
            h('td', {}, issue.owner, h('div.muted', {}, issue.assignee || 'unassigned')),
            h('td', {}, issue.status),
            h('td.num', {}, String(issue.occurrences)),
            h('td.num', {}, String(issue.distinctRecords)),
            h('td', {}, stamp(issue.firstSeenAt)),
            h('td', {}, stamp(issue.lastSeenAt)),
          ),
        ),
      ),
    );
    empty.hidden = items.length > 0;
    select(Math.min(selected, Math.max(0, items.length - 1)), false);
    tick();
  };
  const rows = () => [...table.querySelectorAll('tbody tr')];
  const select = (index, focus = true) => {
    const all = rows();
    all.forEach((row, i) => row.classList.toggle('selected', i === index));
    selected = index;
    if (focus && all[index]) all[index].focus();
  };
  const tick = () => {
    freshness.textContent = `updated ${span(Date.now() - loadedAt)} ago · refreshes every ${REFRESH_MS / 1000} s · j/k or ↑/↓ to move, Enter to open`;
  };
  onKeys((event) => {
    const all = rows();
    if (!all.length) return;
    if (event.key === 'j' || event.key === 'ArrowDown') select(Math.min(all.length - 1, selected + 1));
    else if (event.key === 'k' || event.key === 'ArrowUp') select(Math.max(0, selected - 1));
    else if (event.key === 'Enter' && all[selected]) location.hash = '#/issue/' + all[selected].dataset.id;
    else return;
    event.preventDefault();
  });
  await render();
  if (stale(mine)) return;
  show(h('h2', {}, 'Issues ', freshness), counts, form, table, empty);
  every(1000, tick);
  every(REFRESH_MS, () => render().catch(() => undefined));
}

// one key handler for the view on screen; typing in a field is never a shortcut
let keyHandler = null;
const onKeys = (handler) => {
  keyHandler = handler;
};
document.addEventListener('keydown', (event) => {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
  if (!typing && keyHandler && !event.ctrlKey && !event.metaKey && !event.altKey) keyHandler(event);
});

/** Failures per hour over the last day, one polyline per class, as inline SVG. */
function chart(hourly) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '260');
  svg.setAttribute('height', '50');
  svg.setAttribute('aria-label', 'failures per hour over the last day');
  const hours = Array.from({ length: 24 }, (_, i) =>
    new Date(Date.now() - (23 - i) * 3600_000).toISOString().slice(0, 13),
  );
  const max = Math.max(1, ...hourly.map((row) => row.failures));
  const colours = { defect: '#d92d20', bad_source_data: '#dc9b04', process_change: '#12b76a', needs_triage: '#7a5af8' };
  for (const cls of CLASSES) {
    const points = hours.map((hour, i) => {
      const row = hourly.find((r) => r.classification === cls && new Date(r.hour).toISOString().slice(0, 13) === hour);
      return `${(i * 260) / 23},${48 - ((row ? row.failures : 0) / max) * 46}`;
    });
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', points.join(' '));
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', colours[cls]);
    svg.append(line);
  }
  return svg;
}

// ---- Issue detail -------------------------------------------------------------------------------------------

function highlighted(payload, fields) {
  const json = JSON.stringify(payload, null, 2) || '';
  const pre = h('pre');
  const pattern = fields.length
    ? new RegExp(`("(?:${fields.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})":[^\\n]*)`, 'i')
    : null;
  for (const part of pattern ? json.split(pattern) : [json])
    pre.append(pattern && pattern.test(part) ? h('mark', {}, part) : part);
  return pre;
}

const recordName = (r) => (r.label ? `${r.id} (${r.label})` : r.id);

/** The next step, per class, with what it names: records, the change and its owner, the release and ticket, the candidates. */
function nextStepCard(issue, act) {
  const step = issue.nextStep;
  const parts = [h('h3', {}, 'Next step'), h('p.step', {}, step.text)];
  if (step.kind === 'fix_at_source' && step.records.length) {
    parts.push(
      h(
        'ul.records',
        {},
        step.records.map((r) =>
          h(
            'li',
            {},
            r.url ? h('a', { href: r.url, target: '_blank', rel: 'noopener' }, recordName(r)) : recordName(r),
          ),
        ),
      ),
    );
  }
  if (step.kind === 'review_business_change') {
    if (step.change)
      parts.push(
        h(
          'p',
          {},
          'Change: ',
          h('strong', {}, step.change.description),
          ` (${step.change.system}, `,
          when(step.change.changedAt),
          ')',
        ),
      );
    if (step.businessOwner)
      parts.push(
        h(
          'p',
          {},
          'Business owner: ',
          h('strong', {}, step.businessOwner.name),
          step.businessOwner.people.length ? ` — ${step.businessOwner.people.join(', ')}` : '',
        ),
      );
  }
  if (step.kind === 'fix_defect') {
    parts.push(h('p', {}, 'Release: ', h('strong', {}, step.release || 'none recorded')));
    const ticket = `${step.ticket.summary}\n\n${step.ticket.description}`;
    parts.push(
      h(
        'p',
        {},
        'Ticket: ',
        h('strong', { id: 'ticket-summary' }, step.ticket.summary),
        ' ',
        h(
          'button',
          { type: 'button', onclick: () => navigator.clipboard && navigator.clipboard.writeText(ticket) },
          'Copy ticket',
        ),
      ),
      h('pre.ticket', {}, step.ticket.description),
    );
  }
  if (step.kind === 'decide_class' && step.candidates.length) {
    parts.push(
      h(
        'p.actions',
        {},
        'It is: ',
        step.candidates.map((cls) =>
          h(
            'button',
            { type: 'button', onclick: act('reclassify', { classification: cls, note: 'decided from needs triage' }) },
            words(cls),
          ),
        ),
      ),
    );
  }
  if (step.retry)
    parts.push(
      h('p', {}, h('button', { type: 'button', id: 'retry', onclick: act('retry') }, 'Retry through the integration')),
    );
  return h('div.card.next-step', { id: 'next-step', 'data-kind': step.kind }, ...parts);
}

async function issueView(id) {
  const mine = routeId;
  const issue = await api('/v1/issues/' + encodeURIComponent(id));
  if (stale(mine)) return;
  const act = (action, body) => async () => {
    try {
      await api(`/v1/issues/${issue.id}/${action}`, { method: 'POST', body: JSON.stringify(body || {}) });
      issueView(id);
    } catch (error) {
      alert(error.message);
    }
  };
  const assignee = h('input', { name: 'assignee', placeholder: 'assign to', size: 14, value: issue.assignee || '' });
  const known = h('input', {
    name: 'knownIssue',
    placeholder: 'known issue id',
    size: 12,
    value: issue.knownIssue || '',
  });
  // the drop-down offers a change: never the class the issue already has
  const candidates = (issue.candidates || []).filter((c) => c !== issue.classification);
  const proposed = candidates[0] || OWNER_CLASSES.find((c) => c !== issue.classification);
  const cls = h(
    'select',
    { name: 'classification', 'aria-label': 'new class' },
    OWNER_CLASSES.map((c) =>
      h('option', { value: c, selected: c === proposed }, words(c) + (c === issue.classification ? ' (current)' : '')),
    ),
  );
  const note = h('input', { name: 'note', placeholder: 'why (goes on the timeline)', size: 40 });
  const messageWords = String(issue.sampleMessage).toLowerCase();
  const nearby = [
    ...(issue.releases || []).map((r) =>
      h('li', {}, `release ${r.version}${r.integration ? ` of ${r.integration}` : ''} — `, when(r.deployedAt)),
    ),
    ...(issue.changes || []).map((c) => h('li', {}, `${c.system}: ${c.description} — `, when(c.changedAt))),
  ];
  onKeys((event) => {
    if (event.key === 'Escape') location.hash = '#/issues';
  });
  show(
    h('p', {}, h('a', { href: '#/issues' }, '← issues')),
    h('h2', { id: 'issue-title' }, issue.title),
    h(
      'div.card.header',
      {},
      h('p.story', { id: 'what-happened' }, pill(issue.classification), ' ', issue.whatHappened),
      h(
        'p',
        { id: 'issue-meta' },
        `${issue.integration} · ${flow(issue)} · owner ${issue.owner} · `,
        issue.assignee ? `assigned to ${issue.assignee}` : 'unassigned',
        ` · ${issue.status} · first seen `,
        stamp(issue.firstSeenAt),
        ' · last seen ',
        stamp(issue.lastSeenAt),
        issue.knownIssue ? ` · known issue ${issue.knownIssue}` : '',
      ),
      h(
        'p.muted',
        {},
        `${words(issue.category)} · confidence ${Math.round(issue.confidence * 100)}%${issue.classifiedByHuman ? ' · set by a person' : ''}`,
      ),
      h(
        'details',
        {},
        h('summary', {}, 'Fingerprint'),
        h(
          'p',
          {},
          h('code', { id: 'fingerprint' }, issue.fingerprint),
          issue.normalisedMessage ? ` groups failures reading “${issue.normalisedMessage}”` : '',
        ),
      ),
    ),
    nextStepCard(issue, act),
    h(
      'div.card',
      {},
      h('h3', {}, 'Why Seam thinks so'),
      h(
        'ul.reasons',
        {},
        issue.reasons
          .filter((r) => r.weight > 0 || r.signal === 'no_signal' || r.signal === 'needs_triage')
          .map((r) => h('li', {}, r.detail)),
      ),
    ),
    h(
      'div.card.actions',
      {},
      h('button', { onclick: act('acknowledge') }, 'Acknowledge'),
      h('button', { onclick: act('resolve') }, 'Resolve'),
      h('label', {}, 'reclassify as ', cls),
      note,
      h(
        'button',
        { onclick: () => act('reclassify', { classification: cls.value, note: note.value || undefined })() },
        'Reclassify',
      ),
    ),
    h(
      'div.card.actions',
      {},
      assignee,
      h('button', { onclick: () => act('assign', { assignee: assignee.value.trim() || null })() }, 'Assign'),
      known,
      h('button', { onclick: () => act('known-issue', { knownIssueId: known.value.trim() })() }, 'Link known issue'),
    ),
    h(
      'div.card',
      {},
      h('h3', {}, 'Source records'),
      h(
        'table',
        { id: 'records' },
        th('record', 'name', 'state', 'target', 'first seen', 'last seen', 'failures'),
        h(
          'tbody',
          {},
          issue.records.map((r) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                r.url
                  ? h('a', { href: r.url, target: '_blank', rel: 'noopener' }, `${r.system} ${r.entity} ${r.id}`)
                  : `${r.system} ${r.entity} ${r.id}`,
              ),
              h('td', {}, r.label || '—'),
              h('td', {}, r.state),
              h(
                'td',
                {},
                r.targetUrl
                  ? h('a', { href: r.targetUrl, target: '_blank', rel: 'noopener' }, r.targetId || 'open')
                  : r.targetId || '—',
              ),
              h('td', {}, stamp(r.firstSeenAt)),
              h('td', {}, stamp(r.lastSeenAt)),
              h('td.num', {}, String(r.count)),
            ),
          ),
        ),
      ),
    ),
    h(
      'div.card',
      {},
      h('h3', {}, 'Sample events (latest ten, oldest first)'),
      h(
        'ol.samples',
        { id: 'samples' },
        issue.sampleEvents.map((e) =>
          h(
            'li',
            {},
            h(
              'p',
              {},
              when(e.occurredAt),
              ` · ${e.source ? `${e.source.id}${e.source.label ? ` (${e.source.label})` : ''}` : ''} · event ${e.eventId}`,
              e.runId ? ` · run ${e.runId}` : '',
              e.release ? ` · release ${e.release}` : '',
            ),
            h('p', {}, e.error ? e.error.message : ''),
            e.payload
              ? highlighted(
                  e.payload,
                  [
                    e.error && e.error.field,
                    ...Object.keys(e.payload).filter((k) => messageWords.includes(k.toLowerCase())),
                  ].filter(Boolean),
                )
              : null,
          ),
        ),
      ),
    ),
    h(
      'div.card',
      { id: 'nearby' },
      h('h3', {}, 'Releases and business changes nearby'),
      nearby.length
        ? h('ul', {}, nearby)
        : h('p.muted', {}, 'None recorded from a week before the first failure to the last.'),
    ),
    h(
      'div.card',
      {},
      h('h3', {}, 'Timeline'),
      h(
        'table',
        { id: 'timeline' },
        th('when', 'who', 'what', 'detail'),
        h(
          'tbody',
          {},
          issue.timeline.map((t) =>
            h(
              'tr',
              {},
              h('td', {}, when(t.at)),
              h('td', {}, t.actor),
              h('td', {}, words(t.action)),
              h('td', {}, summaryOf(t.detail)),
            ),
          ),
        ),
      ),
    ),
  );
}

function summaryOf(detail) {
  if (!detail) return '';
  const parts = [];
  for (const key of ['to', 'from', 'level', 'recipients', 'reason', 'note', 'why', 'title']) {
    const value = detail[key];
    if (value !== undefined && value !== null && value !== '')
      parts.push(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
  }
  return parts.join(' · ');
}

// ---- Record lookup, engineering queue, owners ---------------------------------------------------------------

async function recordView(params) {
  const text = params.get('q') || params.get('id') || '';
  const input = h('input', {
    name: 'record',
    value: text,
    placeholder: 'id, part of an id, or a name: 3310, harbour',
    size: 34,
  });
  const form = h(
    'form.filters',
    {
      onsubmit: (event) => {
        event.preventDefault();
        location.hash = '#/record?q=' + encodeURIComponent(input.value.trim());
      },
    },
    input,
    h('button', { type: 'submit' }, 'Look up'),
  );
  const intro = h('p.muted', {}, 'Finds records by source id, target id or name, in any case and from part of either.');
  if (!text) return show(h('h2', {}, 'Record lookup'), intro, form);
  const mine = routeId;
  const found = await api('/console/records?' + new URLSearchParams({ q: text }));
  if (stale(mine)) return;
  show(
    h('h2', {}, 'Record lookup'),
    intro,
    form,
    found.items.length === 0 ? h('p', { id: 'no-records' }, `No record matches “${text}”.`) : null,
    h(
      'div',
      { id: 'record-results' },
      found.items.map((record) =>
        h(
          'div.card.record',
          {},
          h(
            'h3',
            {},
            `${record.system} ${record.entity} `,
            record.url ? h('a', { href: record.url, target: '_blank', rel: 'noopener' }, record.id) : record.id,
            record.label ? ` — ${record.label}` : '',
            record.targetIds.length ? h('span.muted', {}, ` · target ${record.targetIds.join(', ')}`) : '',
          ),
          h('h4', {}, 'In issues'),
          record.issues.length
            ? h(
                'table.record-issues',
                {},
                th('class', 'issue', 'integration', 'status', 'record', 'failures', 'first seen', 'last seen'),
                h(
                  'tbody',
                  {},
                  record.issues.map((issue) =>
                    h(
                      'tr.row',
                      {
                        onclick: () => {
                          location.hash = '#/issue/' + issue.issueId;
                        },
                      },
                      h('td', {}, pill(issue.classification)),
                      h('td', {}, h('a', { href: '#/issue/' + issue.issueId }, issue.title)),
                      h('td', {}, issue.integration),
                      h('td', {}, issue.status),
                      h('td', {}, issue.state),
                      h('td.num', {}, String(issue.count)),
                      h('td', {}, stamp(issue.firstSeenAt)),
                      h('td', {}, stamp(issue.lastSeenAt)),
                    ),
                  ),
                ),
              )
            : h('p.muted', {}, 'In no issue.'),
          h('h4', {}, 'Events, newest first'),
          h(
            'table.record-events',
            {},
            th('when', 'status', 'integration', 'message', 'issue'),
            h(
              'tbody',
              {},
              record.events.map((e) =>
                h(
                  'tr',
                  {},
                  h('td', {}, when(e.occurredAt)),
                  h('td', {}, e.status),
                  h('td', {}, e.integration),
                  h('td', {}, e.message || ''),
                  h('td', {}, e.issueId ? h('a', { href: '#/issue/' + e.issueId }, 'open') : '—'),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function ticketOf(issue) {
  return (
    `[${issue.integration}] ${issue.title}\n\n${issue.whatHappened}\nIntegration: ${issue.integration} (${flow(issue)})\n` +
    `Failures: ${issue.occurrences} on ${issue.distinctRecords} records since ${new Date(issue.firstSeenAt).toISOString()}\n` +
    `Release: ${issue.lastRelease || 'unknown'}\nSeam: ${location.origin}${issue.consolePath}`
  );
}

async function engineeringView() {
  const mine = routeId;
  const page = await api('/v1/queues/engineering?limit=100');
  if (stale(mine)) return;
  show(
    h('h2', {}, 'Engineering queue'),
    h('p', {}, 'Open defects by impact: records affected, then failures per hour, then release correlation.'),
    h(
      'table',
      { id: 'engineering' },
      th('issue', 'integration', 'records', 'failures', 'release', 'first seen', 'ticket'),
      h(
        'tbody',
        {},
        page.items.map((issue) => {
          const ticket = ticketOf(issue);
          return h(
            'tr',
            {},
            h('td', {}, h('a', { href: '#/issue/' + issue.id }, issue.title), h('div.story', {}, issue.whatHappened)),
            h('td', {}, issue.integration, h('div.muted', {}, flow(issue))),
            h('td.num', {}, String(issue.distinctRecords)),
            h('td', {}, rate(issue)),
            h('td', {}, issue.lastRelease ? `since ${issue.lastRelease}` : 'none recorded'),
            h('td', {}, stamp(issue.firstSeenAt)),
            h(
              'td',
              {},
              h(
                'button',
                { type: 'button', onclick: () => navigator.clipboard && navigator.clipboard.writeText(ticket) },
                'Copy ticket summary',
              ),
              h('details', {}, h('summary', {}, 'show'), h('pre.ticket', { 'aria-label': 'ticket summary' }, ticket)),
            ),
          );
        }),
      ),
    ),
    page.items.length === 0 ? h('p', {}, 'No open defects.') : null,
  );
}

const minutes = (seconds) => (seconds === null || seconds === undefined ? '—' : `${Math.round(seconds / 60)} min`);

/** MTTA and MTTR per team over the last 30 days (GET /v1/reports/response). */
function responseCard(report) {
  const target = report.targets.mttaMinutes;
  const overTarget = (t) => (t.mttaOverTarget ? { class: 'over-target', title: `over the ${target} min target` } : {});
  const rows = report.byTeam.map((t) =>
    h(
      'tr',
      {},
      h('td', {}, t.team),
      h('td', {}, t.issues),
      h('td', {}, t.acknowledged),
      h('td', {}, t.resolved),
      h('td', {}, t.open),
      h('td', overTarget(t), minutes(t.mttaSeconds)),
      h('td', {}, minutes(t.mttrSeconds)),
    ),
  );
  const head = th('team', 'issues', 'acknowledged', 'resolved', 'open', 'MTTA', 'MTTR');
  return h(
    'div.card',
    {},
    h('h3', {}, 'Response times since ', when(report.period.since)),
    report.byTeam.length === 0
      ? h('p', {}, 'No issues in the period.')
      : h('table', { id: 'response-times' }, head, h('tbody', {}, rows)),
  );
}

/** Per target system, whether what Seam learned from people's corrections helps (GET /v1/reports/learning). */
function learningCard(report) {
  const verdicts = { helping: 'helping', hurting: 'misleading', no_clear_difference: 'no clear difference yet' };
  const rows = report.systems.map((s) =>
    h(
      'tr',
      s.verdict === 'hurting' ? { class: 'over-target', title: s.detail } : { title: s.detail },
      // the system's reclassified issues: where a review of what Seam learned starts
      h(
        'td',
        {},
        h(
          'a',
          {
            // the report's review link (the system as its events spell it), over every status
            href: '#' + s.review.replace(/^\/v1/, '') + '&status=any',
            title: `the issues of ${s.system} people reclassified`,
          },
          s.system,
        ),
      ),
      h('td', {}, s.settled),
      h('td', {}, s.modelRight),
      h('td', {}, s.learnedRight),
      h('td', {}, s.helped),
      h('td', {}, s.hurt),
      h('td', {}, verdicts[s.verdict] ?? s.verdict),
    ),
  );
  const head = th(
    'system',
    'settled',
    'right, model alone',
    'right, with corrections',
    'turned right',
    'turned wrong',
    'so far',
  );
  return h(
    'div.card',
    {},
    h('h3', {}, 'What Seam learned from people'),
    report.systems.length === 0
      ? h('p', {}, 'No issue has been reclassified or resolved yet: Seam answers with its trained model alone.')
      : h(
          'div',
          {},
          h(
            'p',
            {},
            'Each issue a person settles is answered before Seam learns from it, by the trained model alone and with the corrections taught so far.',
          ),
          h('table', { id: 'learning' }, head, h('tbody', {}, rows)),
        ),
  );
}

async function ownersView() {
  const mine = routeId;
  const [html, audit, response, learning] = await Promise.all([
    fetch('/v1/ownership?format=html', { credentials: 'same-origin' }).then((r) => r.text()),
    api('/v1/escalation-audit'),
    api('/v1/reports/response'),
    api('/v1/reports/learning'),
  ]);
  if (stale(mine)) return;
  // same origin without scripts: the console can read the document's height and size the frame to it (no
  // second scroll bar); the document's one style is allowed by the console's CSP (by its hash)
  const frame = h('iframe', {
    title: 'ownership document',
    srcdoc: html,
    sandbox: 'allow-same-origin',
    scrolling: 'no',
  });
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument;
    if (doc) frame.style.height = `${doc.documentElement.scrollHeight + 4}px`;
  });
  show(
    h('h2', {}, 'Owners'),
    h(
      'div.card',
      {},
      h('h3', {}, 'Escalation-path audit'),
      audit.banner ? h('p', { id: 'audit-banner' }, audit.banner) : null,
      audit.findings.length === 0
        ? h('p', {}, 'No problems found.')
        : h(
            'ul',
            { id: 'findings' },
            audit.findings.map((f) => h('li', {}, `${f.severity}: ${f.detail}`)),
          ),
    ),
    responseCard(response),
    learningCard(learning),
    frame,
  );
}

// ---- Routing ------------------------------------------------------------------------------------------------

async function route() {
  routeId += 1;
  stopTimers();
  keyHandler = null;
  const [path, query] = (location.hash.slice(1) || '/issues').split('?');
  const params = new URLSearchParams(query || '');
  const [, view, id] = path.split('/');
  for (const link of document.querySelectorAll('#nav a'))
    link.classList.toggle('active', link.dataset.view === (view === 'issue' ? 'issues' : view));
  try {
    if (view === 'issue') await issueView(id);
    else if (view === 'record') await recordView(params);
    else if (view === 'engineering') await engineeringView();
    else if (view === 'owners') await ownersView();
    else await issuesView(params);
  } catch (error) {
    if (error.message !== 'signed out') failed(error);
  }
}

window.addEventListener('hashchange', route);
start();
