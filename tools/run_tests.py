"""Run every notebook's tests as the README says, then say what ran: the slowest notebooks and a closing count.

    python tools/run_tests.py [--fast] [--record PATH [--overwrite]] [nbdev-test options ...]

It runs `nbdev-test --flags slow --n-workers 2 --timing` (`--fast` leaves the slow tests out), prints nbdev's own
report as it comes, then the five slowest notebooks, the wall time and `notebooks: N passed, M failed`; the exit
code is nbdev-test's. `--record PATH` also writes what ran as JSON (the README's figure for the suite is read from
`bench/tests.json`): the command, commit, machine, load, every notebook's seconds and the count; an existing file is
kept unless `--overwrite`."""
import json, os, platform, re, subprocess, sys, time
from datetime import datetime, timezone
from pathlib import Path
from factost.benchmarks.jobs import git_describe

ROOT = Path(__file__).resolve().parent.parent

def notebooks(args:list) -> list:
    "The notebooks `nbdev-test` runs for these arguments: the one given, or every `nbs/*.ipynb` but private ones."
    given = [a for a in args if a.endswith('.ipynb')]
    return [Path(a).name for a in given] or sorted(p.name for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))

def _option(argv:list, name:str):
    "The value after `name` in `argv` (None when absent), and `argv` without both."
    if name not in argv: return None, argv
    i = argv.index(name)
    if i + 1 >= len(argv): sys.exit(f'{name} needs a path')
    return argv[i + 1], argv[:i] + argv[i + 2:]

def write_record(path:Path, argv:list, seconds:float, times:list, passed:int, failed:list, load_start:float):
    "The run as JSON at `path`, written whole (a temporary file renamed into place)."
    rec = dict(command=' '.join(['python tools/run_tests.py', *argv]), commit=git_describe(ROOT),
               date=datetime.now(timezone.utc).isoformat(timespec='seconds'), machine=platform.machine(), cpus=os.cpu_count(),
               python=platform.python_version(), load_average=dict(start=load_start, end=os.getloadavg()[0]),
               seconds=round(seconds, 1), passed=passed, failed=failed, notebook_seconds={n: s for s, n in times})
    tmp = path.with_name(f'.{path.name}.tmp')
    tmp.write_text(json.dumps(rec, indent=1) + '\n')
    tmp.replace(path)

def main(argv:list) -> int:
    record, rest = _option(argv, '--record')
    overwrite = '--overwrite' in rest
    fast = '--fast' in rest
    args = [a for a in rest if a not in ('--fast', '--overwrite')]
    if record is not None:   # refused before the run, not after half an hour of it
        record = Path(record).expanduser().resolve()
        if record.exists() and not overwrite: sys.exit(f'{record} exists: pass --overwrite to replace it')
        if not record.parent.is_dir() or not os.access(record.parent, os.W_OK): sys.exit(f'cannot write {record}')
    cmd = ['nbdev-test', '--n-workers', '2', '--timing'] + ([] if fast else ['--flags', 'slow']) + args
    print('+', ' '.join(cmd), flush=True)
    t0, load_start = time.time(), os.getloadavg()[0]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in proc.stdout:
        print(line, end='', flush=True); lines.append(line)
    rc = proc.wait()
    text = ''.join(lines)
    times = sorted(((int(s), n) for n, s in re.findall(r'^(\S+\.ipynb): (\d+) secs?$', text, re.M)), reverse=True)
    failed = re.findall(r'^\t(\S+\.ipynb)', text.split('Failed On The Following Notebooks', 1)[1], re.M) \
        if 'Failed On The Following Notebooks' in text else []
    if rc and not failed: failed = ['(nbdev-test exited with an error)']
    print('\nslowest:', ', '.join(f'{n} {s} s' for s, n in times[:5]) or 'no timings reported')
    seconds = time.time() - t0
    print(f'tests took {seconds:.0f} s')
    # --timing lists every notebook it ran, but only when all passed: otherwise count what a run would test
    tested = {n for _, n in times} | set(failed) if times else set(failed) | set(notebooks(args))
    print(f'notebooks: {len(tested) - len(failed)} passed, {len(failed)} failed')
    if record is not None:
        write_record(record, argv, seconds, times, len(tested) - len(failed), failed, load_start)
        print(f'recorded in {record}')
    return rc

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
