// The Seam console: plain DOM, no framework, no CDN. Every text goes through textContent, never innerHTML.
'use strict';

const CLASSES = ['defect', 'bad_source_data', 'process_change', 'needs_triage'];
const STATUSES = ['new', 'acknowledged', 'regressed', 'resolved'];
const FILTERS = ['classification', 'owner', 'status', 'system', 'entity', 'integration', 'record', 'q', 'since', 'until'];
const main = document.getElementById('main');

/** h('tag.class', { attrs }, children…) → element; strings become text nodes. */
function h(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child instanceof Node ? child : String(child));
  return el;
}

async function api(path, options = {}) {
  const res = await fetch(path, { credentials: 'same-origin', headers: { 'content-type': 'application/json' }, ...options });
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
const when = (iso) => (iso ? new Date(iso).toLocaleString() : '—');
const show = (...nodes) => main.replaceChildren(...nodes.filter((node) => node !== null && node !== undefined && node !== false));
const failed = (error) => show(h('p.error', { role: 'alert' }, error.message));

function signIn() {
  document.getElementById('nav').hidden = true;
  document.getElementById('who').textContent = '';
  const key = h('input', { type: 'password', name: 'key', placeholder: 'API key', autocomplete: 'off', size: 50 });
  const message = h('p.error', { role: 'alert' });
  const form = h('form.card', {
    onsubmit: async (event) => {
      event.preventDefault();
      const res = await fetch('/console/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: key.value }) });
      if (!res.ok) {
        const body = await res.json().catch(() => ({}));
        message.textContent = (body.message || ['sign-in failed']).join('; ');
        return;
      }
      start();
    },
  }, h('h2', {}, 'Sign in'), h('p', {}, 'with your API key (support, engineering, business or admin). The console keeps an httpOnly session; the key is not stored in the browser.'), key, ' ', h('button', { type: 'submit' }, 'Sign in'), message);
  show(form);
  key.focus();
}

async function start() {
  try {
    const me = await api('/console/session');
    document.getElementById('nav').hidden = false;
    document.getElementById('who').replaceChildren(`${me.name} (${me.role}) `, h('button', { onclick: async () => { await fetch('/console/session/end', { method: 'POST' }); signIn(); } }, 'Sign out'));
    const audit = await api('/v1/escalation-audit').catch(() => null);
    const banner = document.getElementById('banner');
    banner.hidden = !(audit && audit.banner);
    if (audit && audit.banner) banner.replaceChildren(audit.banner, ' — ', h('a', { href: '#/owners' }, 'see the escalation audit'));
    route();
  } catch (error) {
    if (error.message !== 'signed out') failed(error);
  }
}

// ---- Issues -------------------------------------------------------------------------------------------------

const savedViews = () => JSON.parse(localStorage.getItem('seam.views') || '{}');

async function issuesView(params) {
  const form = h('form.filters', { onsubmit: (event) => { event.preventDefault(); location.hash = '#/issues?' + new URLSearchParams([...new FormData(form)].filter(([, v]) => v)).toString(); } },
    ...FILTERS.map((name) => h('label', {}, name,
      name === 'classification' ? h('select', { name }, h('option', { value: '' }, 'any'), CLASSES.map((c) => h('option', { value: c, selected: params.get(name) === c }, words(c))))
        : name === 'status' ? h('select', { name }, h('option', { value: '' }, 'any'), STATUSES.map((s) => h('option', { value: s, selected: params.get(name) === s }, s)))
          : h('input', { name, value: params.get(name) || '', size: name === 'q' ? 18 : 10, type: name === 'since' || name === 'until' ? 'datetime-local' : 'text' }))),
    h('button', { type: 'submit' }, 'Filter'),
    h('button', { type: 'button', onclick: () => { const name = prompt('Save this view as'); if (name) { localStorage.setItem('seam.views', JSON.stringify({ ...savedViews(), [name]: params.toString() })); route(); } } }, 'Save view'),
    h('select', { 'aria-label': 'saved views', onchange: (event) => { if (event.target.value) location.hash = '#/issues?' + event.target.value; } }, h('option', { value: '' }, 'saved views…'), Object.entries(savedViews()).map(([name, query]) => h('option', { value: query }, name))));
  const query = new URLSearchParams(params);
  for (const key of ['since', 'until']) if (query.get(key)) query.set(key, new Date(query.get(key)).toISOString());
  query.set('limit', '100');
  const [page, summary] = await Promise.all([api('/v1/issues?' + query), api('/console/summary')]);
  const sortKey = params.get('sort') || 'lastSeenAt';
  const items = [...page.items].sort((a, b) => (sortKey === 'lastSeenAt' ? String(b.lastSeenAt).localeCompare(String(a.lastSeenAt)) : (b[sortKey] || 0) - (a[sortKey] || 0)));
  const sortLink = (key, label) => h('a', { href: '#/issues?' + new URLSearchParams({ ...Object.fromEntries(params), sort: key }) }, label);
  show(
    h('h2', {}, 'Issues'),
    h('div.counts', {}, CLASSES.map((cls) => h('span', {}, pill(cls), ' ', String((summary.counts.find((c) => c.classification === cls) || { open: 0 }).open), ' open')), chart(summary.hourly)),
    form,
    h('table', { id: 'issues' },
      h('thead', {}, h('tr', {}, h('th', {}, 'class'), h('th', {}, 'title'), h('th', {}, 'owner'), h('th', {}, 'status'), h('th', {}, sortLink('occurrences', 'failures')), h('th', {}, sortLink('distinctRecords', 'records')), h('th', {}, sortLink('lastSeenAt', 'last seen')))),
      h('tbody', {}, items.map((issue) => h('tr.row', { onclick: () => { location.hash = '#/issue/' + issue.id; } },
        h('td', {}, pill(issue.classification)), h('td', {}, h('a', { href: '#/issue/' + issue.id }, issue.title)), h('td', {}, issue.owner), h('td', {}, issue.status),
        h('td', {}, String(issue.occurrences)), h('td', {}, String(issue.distinctRecords)), h('td', {}, when(issue.lastSeenAt)))))),
    items.length === 0 ? h('p', {}, 'No issues match.') : null,
  );
}

/** Failures per hour over the last day, one polyline per class, as inline SVG. */
function chart(hourly) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '260');
  svg.setAttribute('height', '50');
  svg.setAttribute('aria-label', 'failures per hour over the last day');
  const hours = Array.from({ length: 24 }, (_, i) => new Date(Date.now() - (23 - i) * 3600_000).toISOString().slice(0, 13));
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
  const pattern = fields.length ? new RegExp(`("(?:${fields.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})":[^\\n]*)`, 'i') : null;
  for (const part of pattern ? json.split(pattern) : [json]) pre.append(pattern && pattern.test(part) ? h('mark', {}, part) : part);
  return pre;
}

async function issueView(id) {
  const issue = await api('/v1/issues/' + encodeURIComponent(id));
  const act = (action, body) => async () => {
    try {
      await api(`/v1/issues/${issue.id}/${action}`, { method: 'POST', body: JSON.stringify(body || {}) });
      issueView(id);
    } catch (error) {
      alert(error.message);
    }
  };
  const assignee = h('input', { name: 'assignee', placeholder: 'assign to', size: 14, value: issue.assignee || '' });
  const known = h('input', { name: 'knownIssue', placeholder: 'known issue id', size: 12, value: issue.knownIssue || '' });
  const cls = h('select', { name: 'classification', 'aria-label': 'new class' }, CLASSES.filter((c) => c !== 'needs_triage').map((c) => h('option', { value: c }, words(c))));
  const note = h('input', { name: 'note', placeholder: 'why (goes on the timeline)', size: 40 });
  const messageWords = String(issue.sampleMessage).toLowerCase();
  show(
    h('p', {}, h('a', { href: '#/issues' }, '← issues')),
    h('h2', {}, issue.title),
    h('div.card', {},
      h('p', {}, pill(issue.classification), ` ${words(issue.category)} · confidence ${Math.round(issue.confidence * 100)}% · owner ${issue.owner} · ${issue.status}`, issue.assignee ? ` · assigned to ${issue.assignee}` : '', issue.knownIssue ? ` · known issue ${issue.knownIssue}` : ''),
      h('h3', {}, 'Why'),
      h('ul.reasons', {}, issue.reasons.filter((r) => r.weight > 0 || r.signal === 'no_signal').map((r) => h('li', {}, r.detail)))),
    h('div.card.actions', {},
      h('button', { onclick: act('acknowledge') }, 'Acknowledge'),
      h('button', { onclick: act('resolve') }, 'Resolve'),
      cls, note, h('button', { onclick: () => act('reclassify', { classification: cls.value, note: note.value || undefined })() }, 'Reclassify')),
    h('div.card.actions', {},
      assignee, h('button', { onclick: () => act('assign', { assignee: assignee.value.trim() || null })() }, 'Assign'),
      known, h('button', { onclick: () => act('known-issue', { knownIssueId: known.value.trim() })() }, 'Link known issue'),
      h('button', { onclick: act('retry') }, 'Retry through the integration')),
    h('div.card', {}, h('h3', {}, 'Source records'),
      h('table', { id: 'records' }, h('thead', {}, h('tr', {}, h('th', {}, 'record'), h('th', {}, 'state'), h('th', {}, 'target'), h('th', {}, 'first seen'), h('th', {}, 'last seen'), h('th', {}, 'count'))),
        h('tbody', {}, issue.records.map((r) => h('tr', {},
          h('td', {}, r.url ? h('a', { href: r.url, target: '_blank', rel: 'noopener' }, `${r.system} ${r.entity} ${r.id}`) : `${r.system} ${r.entity} ${r.id}`),
          h('td', {}, r.state), h('td', {}, r.targetUrl ? h('a', { href: r.targetUrl, target: '_blank', rel: 'noopener' }, r.targetId || 'open') : r.targetId || '—'),
          h('td', {}, when(r.firstSeenAt)), h('td', {}, when(r.lastSeenAt)), h('td', {}, String(r.count))))))),
    h('div.card', {}, h('h3', {}, 'Sample events'),
      issue.sampleEvents.map((e) => h('div', {},
        h('p', {}, `${when(e.occurredAt)} · event ${e.eventId}${e.runId ? ` · run ${e.runId}` : ''}${e.release ? ` · release ${e.release}` : ''}`),
        h('p', {}, e.error ? e.error.message : ''),
        e.payload ? highlighted(e.payload, [e.error && e.error.field, ...Object.keys(e.payload).filter((k) => messageWords.includes(k.toLowerCase()))].filter(Boolean)) : null))),
    h('div.card', {}, h('h3', {}, 'Releases and business changes nearby'),
      h('ul', {}, [...(issue.releases || []).map((r) => h('li', {}, `release ${r.version} ${when(r.deployedAt)}`)), ...(issue.changes || []).map((c) => h('li', {}, `${when(c.changedAt)} ${c.system}: ${c.description}`))])),
    h('div.card', {}, h('h3', {}, 'Timeline'),
      h('table', { id: 'timeline' }, h('tbody', {}, issue.timeline.map((t) => h('tr', {}, h('td', {}, when(t.at)), h('td', {}, t.actor), h('td', {}, t.action), h('td', {}, summaryOf(t.detail))))))),
  );
}

function summaryOf(detail) {
  if (!detail) return '';
  const parts = [];
  for (const key of ['to', 'from', 'level', 'recipients', 'reason', 'note', 'why', 'title']) {
    const value = detail[key];
    if (value !== undefined && value !== null && value !== '') parts.push(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
  }
  return parts.join(' · ');
}

// ---- Record lookup, engineering queue, owners ---------------------------------------------------------------

async function recordView(params) {
  const input = h('input', { name: 'record', value: params.get('id') || '', placeholder: 'customer, order, invoice id…', size: 30 });
  const form = h('form.filters', { onsubmit: (event) => { event.preventDefault(); location.hash = '#/record?id=' + encodeURIComponent(input.value.trim()); } }, input, h('button', { type: 'submit' }, 'Look up'));
  if (!params.get('id')) return show(h('h2', {}, 'Record lookup'), form);
  const [page, events] = await Promise.all([
    api('/v1/issues?' + new URLSearchParams({ record: params.get('id'), limit: '200' })),
    api('/console/records/' + encodeURIComponent(params.get('id')) + '/events'),
  ]);
  show(h('h2', {}, 'Record lookup'), form, h('h3', {}, 'Issues'),
    h('table', { id: 'record-issues' }, h('tbody', {}, page.items.map((issue) => h('tr.row', { onclick: () => { location.hash = '#/issue/' + issue.id; } },
      h('td', {}, pill(issue.classification)), h('td', {}, h('a', { href: '#/issue/' + issue.id }, issue.title)), h('td', {}, issue.integration), h('td', {}, issue.status), h('td', {}, when(issue.lastSeenAt)))))),
    page.items.length === 0 ? h('p', {}, `No issue mentions ${params.get('id')}.`) : null,
    h('h3', {}, 'Events'),
    h('table', { id: 'record-events' }, h('tbody', {}, events.items.map((e) => h('tr', {},
      h('td', {}, when(e.occurredAt)), h('td', {}, e.status), h('td', {}, e.integration), h('td', {}, `${e.system} ${e.entity}`), h('td', {}, e.message || ''),
      h('td', {}, e.issueId ? h('a', { href: '#/issue/' + e.issueId }, 'issue') : ''))))));
}

async function engineeringView() {
  const page = await api('/v1/queues/engineering?limit=100');
  show(h('h2', {}, 'Engineering queue'), h('p', {}, 'Open defects by impact: records affected, then failures per hour, then release correlation.'),
    h('table', { id: 'engineering' }, h('tbody', {}, page.items.map((issue) => {
      const ticket = `${issue.title}\n\nIntegration: ${issue.integration} → ${issue.targetSystem || ''}\nFailures: ${issue.occurrences} on ${issue.distinctRecords} records since ${issue.firstSeenAt}\nRelease: ${issue.lastRelease || 'unknown'}\nSeam: ${location.origin}/console#/issue/${issue.id}`;
      const hours = Math.max(1, (new Date(issue.lastSeenAt) - new Date(issue.firstSeenAt)) / 3600_000);
      return h('tr', {}, h('td', {}, h('a', { href: '#/issue/' + issue.id }, issue.title)), h('td', {}, `${issue.distinctRecords} records`), h('td', {}, `${issue.occurrences} failures (${(issue.occurrences / hours).toFixed(1)}/h)`), h('td', {}, issue.lastRelease ? `since release ${issue.lastRelease}` : 'no release'),
        h('td', {}, h('button', { onclick: () => navigator.clipboard && navigator.clipboard.writeText(ticket) }, 'Copy ticket summary'), h('textarea', { readonly: true, rows: 2, cols: 30, 'aria-label': 'ticket summary' }, ticket)));
    }))));
}

const minutes = (seconds) => (seconds === null || seconds === undefined ? '—' : `${Math.round(seconds / 60)} min`);

/** MTTA and MTTR per team over the last 30 days (GET /v1/reports/response). */
function responseCard(report) {
  const head = h('tr', {}, ['team', 'issues', 'acknowledged', 'resolved', 'open', 'MTTA', 'MTTR'].map((title) => h('th', {}, title)));
  const rows = report.byTeam.map((t) => h('tr', {}, h('td', {}, t.team), h('td', {}, t.issues), h('td', {}, t.acknowledged), h('td', {}, t.resolved), h('td', {}, t.open),
    h('td', t.mttaOverTarget ? { class: 'over-target', title: `over the ${report.targets.mttaMinutes} min target` } : {}, minutes(t.mttaSeconds)), h('td', {}, minutes(t.mttrSeconds))));
  return h('div.card', {}, h('h3', {}, `Response times since ${when(report.period.since)}`),
    report.byTeam.length === 0 ? h('p', {}, 'No issues in the period.') : h('table', { id: 'response-times' }, h('thead', {}, head), h('tbody', {}, rows)));
}

async function ownersView() {
  const [html, audit, response] = await Promise.all([fetch('/v1/ownership?format=html', { credentials: 'same-origin' }).then((r) => r.text()), api('/v1/escalation-audit'), api('/v1/reports/response')]);
  show(h('h2', {}, 'Owners'),
    h('div.card', {}, h('h3', {}, 'Escalation-path audit'), audit.findings.length === 0 ? h('p', {}, 'No problems found.') : h('ul', { id: 'findings' }, audit.findings.map((f) => h('li', {}, `${f.severity}: ${f.detail}`)))),
    responseCard(response),
    h('iframe', { title: 'ownership document', srcdoc: html, sandbox: '' }));
}

// ---- Routing ------------------------------------------------------------------------------------------------

async function route() {
  const [path, query] = (location.hash.slice(1) || '/issues').split('?');
  const params = new URLSearchParams(query || '');
  const [, view, id] = path.split('/');
  for (const link of document.querySelectorAll('#nav a')) link.classList.toggle('active', link.dataset.view === (view === 'issue' ? 'issues' : view));
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
