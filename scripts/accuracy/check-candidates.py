#!/usr/bin/env python3
"""Check a candidate corpus file: format, labels, unique ids, and overlap.
Usage: python3 scripts/accuracy/check-candidates.py <candidates.jsonl> [other gatherers' files...]
Overlap rule (src/classification/heldout-apart.spec.ts, applied both ways): two messages overlap when one shares more than a
third of its 30-character pieces (lower-cased, whitespace collapsed) with the other.
Held-out lines are never printed: a candidate overlapping one is only named, and must be dropped.
A second labeller's file beside the candidates (<name>.labels.jsonl) holds labels, not lines: it is skipped among the others."""
import json, sys, glob, os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
LABELS = {'defect', 'bad_source_data', 'process_change'}

def norm(m): return ' '.join((m or '').lower().split())
def pieces(t, n=30): return {t[i:i+n] for i in range(max(1, len(t)-n+1))}

def load(path):
    out = []
    for k, line in enumerate(open(path, encoding='utf8'), 1):
        if line.strip():
            out.append((k, json.loads(line)))
    return out

def index(lines):
    idx = {}
    for i, d in enumerate(lines):
        for p in pieces(norm(d['event'].get('error', {}).get('message'))):
            idx.setdefault(p, set()).add(i)
    return idx

def overlaps(msg, idx, others):
    ps = pieces(norm(msg)); shared = {}
    for p in ps:
        for i in idx.get(p, ()): shared[i] = shared.get(i, 0) + 1
    hits = []
    for i, n in shared.items():
        other_ps = len(pieces(norm(others[i]['event'].get('error', {}).get('message'))))
        if n > len(ps) / 3 or n > other_ps / 3: hits.append(i)
    return hits

cand_path = sys.argv[1]
cands = load(cand_path)
# lines gathered earlier and not trained on (data/candidates) count as taken, like the corpus's
corpus = [d for f in sorted(glob.glob(ROOT + '/data/corpus/*.jsonl') + glob.glob(ROOT + '/data/candidates/*.jsonl'))
          if os.path.abspath(f) != os.path.abspath(cand_path) for _, d in load(f)]
held = [d for f in sorted(glob.glob(ROOT + '/data/heldout/*.jsonl') + glob.glob(ROOT + '/data/heldout/sealed/*.jsonl')) for _, d in load(f)]
peers = [d for f in sys.argv[2:] if os.path.abspath(f) != os.path.abspath(cand_path) and not f.endswith('.labels.jsonl') for _, d in load(f)]
cidx, hidx, pidx = index(corpus), index(held), index(peers)
own = [d for _, d in cands]; oidx = index(own)
ids = {d['event']['eventId'] for d in corpus + held + peers}
seen_ids, seen_msgs, problems = set(), {}, 0
for k, d in cands:
    e = d.get('event', {}); eid = e.get('eventId'); msg = e.get('error', {}).get('message')
    errs = []
    if not eid or eid in ids or eid in seen_ids: errs.append('eventId missing or not unique')
    seen_ids.add(eid)
    if not msg: errs.append('no event.error.message')
    if not e.get('target', {}).get('system'): errs.append('no event.target.system')
    if d.get('label') not in LABELS: errs.append('label not one of ' + '/'.join(sorted(LABELS)))
    if d.get('altLabel') not in LABELS | {None} or d.get('altLabel') == d.get('label'): errs.append('altLabel must be another class or null')
    for f in ('originalSystem', 'rationale', 'source'):
        if not d.get(f): errs.append('no ' + f)
    if not isinstance(d.get('reconstructed'), bool): errs.append('reconstructed must be true/false')
    if msg:
        for i in overlaps(msg, cidx, corpus): errs.append('overlaps corpus line %s: %r' % (corpus[i]['event']['eventId'], corpus[i]['event']['error']['message'][:90]))
        if overlaps(msg, hidx, held): errs.append('overlaps a HELD-OUT line: drop this candidate (the held-out line is not shown)')
        for i in overlaps(msg, pidx, peers): errs.append('overlaps another gatherer\'s line %s' % peers[i]['event']['eventId'])
        sib = [i for i in overlaps(msg, oidx, own) if own[i] is not d]
        if len(sib) >= 2: errs.append('template appears %d times in this file (at most 2 siblings): lines %s' % (len(sib)+1, [cands[i][0] for i in sib]))
        n = norm(msg)
        if n in seen_msgs: errs.append('same message as line %d of this file' % seen_msgs[n])
        seen_msgs.setdefault(n, k)
    if errs:
        problems += 1
        print('line %d (%s): %s' % (k, eid, '; '.join(errs)))
print('%d lines, %d with problems' % (len(cands), problems))
