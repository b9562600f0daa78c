"""Turn the baseline benchmark runs into the records in bench/ (run once; kept to show how each record was made).

The runs were made on commit fea7bd7 (after the rename of the notebooks, before the refactor) by
`/work/bench-before/run.sh`. Their numbers are copied as measured; only field names change to the current ones, and
each record gets the command that reproduces it, written from the run's own arguments by today's command builders:
- zero-shot: `throughput_windows_per_s` -> `series_per_s` (it counted node-channel series); the baseline
  `historical_average` -> `ha_train` (fitted on the training split); the run's `peak_rss_mb` was the running peak of
  one process over all datasets, not a per-dataset figure: it is kept as `process_peak_rss_mb` and `peak_rss_mb` is
  None until the benchmark is rerun (each dataset then runs in its own process);
- few-shot: the method `historical_average` -> `ha_shots` (fitted on the few-shot span); the rows' peak memory was
  already each row's own process's;
- STF scaling (then part of `benchmark adapt --stf-ns`): now `factost benchmark scaling`, same function and settings;
- prune: the rows as they were; the settings move under `meta`.
Usage: `python bench/from_baseline.py /work/bench-before` from the repository root.
"""
import json, shlex, sys
from pathlib import Path
from fastcore.script import anno_parser
from factost.benchmarks.zeroshot import zeroshot_command, CLI_DEFAULTS
from factost.benchmarks.adapt import cli_args, benchmark_command, METHODS
from factost.benchmarks.scaling import scaling_command
from factost.benchmarks.prune import benchmark_prune, prune_command

COMMIT = 'fea7bd7'
NOTE = f"measured on commit {COMMIT} by the baseline run, field names converted by bench/from_baseline.py"

def zeroshot_record(old:dict) -> dict:
    "The zero-shot record of the baseline's zeroshot.json."
    results = []
    for r in old['results']:
        r = dict(r)
        r['series_per_s'] = r.pop('throughput_windows_per_s')
        r['process_peak_rss_mb'], r['peak_rss_mb'] = r.pop('peak_rss_mb'), None
        r['baselines'] = {('ha_train' if k == 'historical_average' else k): v for k, v in r['baselines'].items()}
        results.append(r)
    # the run used the defaults: every test window (no cap), the default context (512 or what fits), stride 1
    args = dict(model=old['meta']['model'], datasets=','.join(dict.fromkeys(r['dataset'] for r in results)),
                horizons=','.join(map(str, dict.fromkeys(r['horizon'] for r in results))), context=None, max_windows=None,
                out=CLI_DEFAULTS['out'])
    meta = dict(old['meta'], commit=COMMIT, command=zeroshot_command(args), args=args, note=NOTE, original_command=old['meta']['command'])
    return dict(meta=meta, results=results)

def adapt_record(old:dict) -> dict:
    "The few-shot record of the baseline's adapt_benchmark.json."
    rows = [dict(r, method='ha_shots' if r['method'] == 'historical_average' else r['method']) for r in old['rows']]
    S = old['meta']['settings']
    names = list(dict.fromkeys(r['dataset'] for r in rows))
    shots = sorted({r['shots'] for r in rows if r['shots'] is not None}, reverse=True)
    assert set(dict.fromkeys(r['method'] for r in rows)) == set(METHODS)   # the run made every method's rows
    args = cli_args([(n, n, n) for n in names], shots, METHODS, S, 'runs/bench_adapt', 'bench/adapt.json')
    meta = dict(old['meta'], commit=COMMIT, command=benchmark_command(args), args=args, note=NOTE,
                original_command=old['meta']['command'])
    return dict(meta=meta, rows=rows)

def scaling_record(old:dict, threads:int) -> dict:
    "The STF scaling record of the baseline's stf_scaling.json (run with `--threads 1`)."
    m = old['meta']
    args = dict(ns=','.join(str(r['N']) for r in old['rows']), d=m['d'], patches=m['patches'], batch=m['batch'], k=m['k'],
                n_candidates=m['n_candidates'], repeats=m['repeats'], threads=threads, out='bench/scaling.json')
    meta = dict(m, commit=COMMIT, command=scaling_command(args), args=args, note=NOTE,
                original_command='factost benchmark adapt ... --threads 1 --stf-ns ' + args['ns'])
    return dict(meta=meta, rows=old['rows'])

def prune_record(old:dict) -> dict:
    "The prune record of the baseline's prune.json."
    parsed = vars(anno_parser(benchmark_prune).parse_args(shlex.split(old['command'])[3:]))
    args = {k: parsed[k] for k in parsed if k not in ('pdb', 'xtra')}
    args['out'] = 'bench/prune.json'
    meta = dict(settings=old['settings'], commit=COMMIT, command=prune_command(args), args=args, note=NOTE, original_command=old['command'])
    return dict(meta=meta, rows=old['rows'])

def write(rec:dict, path:str):
    Path(path).write_text(json.dumps(rec, indent=1) + '\n')
    print('wrote', path, '|', rec['meta']['command'])

if __name__ == '__main__':
    src = Path(sys.argv[1])
    write(zeroshot_record(json.loads((src/'zeroshot.json').read_text())), 'bench/zeroshot.json')
    write(adapt_record(json.loads((src/'adapt'/'adapt_benchmark.json').read_text())), 'bench/adapt.json')
    write(scaling_record(json.loads((src/'adapt'/'stf_scaling.json').read_text()), threads=1), 'bench/scaling.json')
    if (src/'prune.json').exists(): write(prune_record(json.loads((src/'prune.json').read_text())), 'bench/prune.json')
