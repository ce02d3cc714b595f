import csv, sys, os
# Usage: python3 src/test/scripts/probe/compare.py OUT [v]   (OUT: a run over src/test/resources/probe/articles)
# Compares a run's tables with the hand-written expectations (one annotator's pass, not gold).
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE); from expectations import DOCS, DATES, QUOTES, ENTITIES, RELATIONS
only = os.environ.get('PROBE_PREFIX', '')   # e.g. PROBE_PREFIX=r: score only the docs whose id starts with r
DOCS = {d: v for d, v in DOCS.items() if d.startswith(only)}
DATES, QUOTES, ENTITIES, RELATIONS = ([x for x in L if x[0].startswith(only)] for L in (DATES, QUOTES, ENTITIES, RELATIONS))
out = sys.argv[1]; A = os.path.join(HERE, '..', '..', 'resources', 'probe', 'articles')
def raw(d): return open(f'{A}/{d}.txt', encoding='utf-8').read()
def find(d, t, occ):
    s = raw(d); i = -1
    for _ in range(occ):
        i = s.index(t, i + 1)
    return i, i + len(t)
def rows(f): return list(csv.DictReader(open(f'{out}/{f}', encoding='utf-8-sig')))
verbose = len(sys.argv) > 2
docs = {r['doc_id']: r for r in rows('documents.csv')}
dd = dt = 0
for d, (date, title) in DOCS.items():
    r = docs.get(d, {})
    dd += r.get('doc_date') == date; dt += r.get('title') == title
    if verbose and r.get('doc_date') != date: print('DOCDATE', d, 'want', date, 'got', r.get('doc_date'), r.get('doc_date_evidence'))
    if verbose and r.get('title') != title: print('TITLE', d, 'want', title, '| got', r.get('title'))
pd = rows('dates.csv'); used = set()
de = len(DATES); df = dr = dv = 0
for d, t, occ, ty, v in DATES:
    s, e = find(d, t, occ)
    hit = [r for r in pd if r['doc_id'] == d and int(r['start']) < e and int(r['end']) > s]
    exact = [r for r in hit if int(r['start']) == s and int(r['end']) == e]
    for r in hit: used.add((d, r['start']))
    if hit: df += 1
    if exact and exact[0]['value'] == v: dr += 1
    if any(r['value'] == v for r in hit): dv += 1
    if verbose and not (exact and exact[0]['value'] == v):
        print('DATE', d, repr(t), ty, v, '| got', [(r['text'], r['type'], r['value']) for r in hit])
extra = [r for r in pd if (r['doc_id'], r['start']) not in used and r['doc_id'] in DOCS]
if verbose:
    for r in extra: print('DATE-EXTRA', r['doc_id'], repr(r['text']), r['type'], r['value'])
pq = rows('quotes.csv'); qused = set()
qe = len(QUOTES); qf = qs = qk = 0
for d, t, occ, kind, spk, cue, form in QUOTES:
    s, e = find(d, t, occ)
    best = None; bo = 0
    for r in pq:
        if r['doc_id'] != d: continue
        a, b = int(r['start']), int(r['end'])
        o = max(0, min(b, e) - max(a, s)) / max(b - a, e - s)
        if o > bo: best, bo = r, o
    ok = best is not None and bo >= 0.3
    if ok: qf += 1; qused.add((d, best['quote_id']))
    sp_ok = ok and best['speaker'].lower() in [x.lower() for x in spk.split('|')]
    qs += sp_ok; qk += ok and best['kind'] == kind
    if verbose and not sp_ok:
        print('QUOTE', d, form, repr(t[:70]), 'want', kind, spk, cue, '| got', (best['text'][:70], best['kind'], best['speaker_text'], best['speaker'], best['cue'], round(bo,2)) if ok else None)
if verbose:
    for r in pq:
        if r['doc_id'] in DOCS and (r['doc_id'], r['quote_id']) not in qused:
            print('QUOTE-EXTRA', r['doc_id'], repr(r['text'][:80]), r['kind'], r['speaker'], r['cue'])
print(f'layer,expected,found,right')
print(f'doc_date,{len(DOCS)},{len(DOCS)},{dd}')
print(f'title,{len(DOCS)},{len(DOCS)},{dt}')
print(f'dates (span+value exact),{de},{df},{dr}   [value right on an overlapping span: {dv}; extra rows: {len(extra)}]')
print(f'quotes (overlap>=0.3; right=speaker),{qe},{qf},{qs}   [kind right: {qk}]')
# Entities (span + type) and relations (triples, case-insensitive) for the docs that have such expectations.
edocs = {d for d, *_ in ENTITIES}
pe = [r for r in rows('entities.csv') if r['doc_id'] in edocs]
pspan = {(r['doc_id'], int(r['start']), int(r['end'])): r['type'] for r in pe}
ee = len(ENTITIES); ef = er = 0; want = set()
for d, t, occ, ty, canon in ENTITIES:
    s, e = find(d, t, occ); want.add((d, s, e))
    got = pspan.get((d, s, e))
    ef += got is not None; er += got == ty
    if verbose and got != ty:
        print('ENTITY', d, repr(t), occ, ty, '| got', got or [(r['text'], r['type']) for r in pe
              if r['doc_id'] == d and int(r['start']) < e and int(r['end']) > s])
eextra = [r for r in pe if (r['doc_id'], int(r['start']), int(r['end'])) not in want]
if verbose:
    for r in eextra: print('ENTITY-EXTRA', r['doc_id'], repr(r['text']), r['type'])
rdocs = {d for d, *_ in RELATIONS}
pr = [r for r in rows('relations.csv') if r['doc_id'] in rdocs]
def same(a, alts): return a.lower() in [x.lower() for x in alts.split('|')]
rr = 0; rused = set()
for d, subj, slot, obj in RELATIONS:
    hit = [i for i, r in enumerate(pr) if r['doc_id'] == d and r['relation'] == slot and same(r['subject'], subj) and same(r['object'], obj)]
    rr += bool(hit); rused.update(hit)
    if verbose and not hit:
        print('RELATION', d, subj, slot, obj, '| got', sorted({r['object'] for r in pr if r['doc_id'] == d
              and r['relation'] == slot and same(r['subject'], subj)}))
rextra = [r for i, r in enumerate(pr) if i not in rused]
if verbose:
    for r in rextra: print('RELATION-EXTRA', r['doc_id'], r['subject'], r['relation'], r['object'], r.get('extractor', ''))
print(f'entities (span exact; right=+type),{ee},{ef},{er}   [extra rows: {len(eextra)}; docs: {len(edocs)}]')
print(f'relations (triples; right=exact),{len(RELATIONS)},{len(pr)},{rr}   [extra rows: {len(rextra)}; docs: {len(rdocs)}]')
