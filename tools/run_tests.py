"""Run every notebook's tests as the README says, then say what ran: the slowest notebooks and a closing count.

    python tools/run_tests.py [--fast] [nbdev-test options ...]

It runs `nbdev-test --flags slow --n-workers 2 --timing` (`--fast` leaves the slow tests out), prints nbdev's own
report as it comes, then the five slowest notebooks, the wall time and `notebooks: N passed, M failed`; the exit
code is nbdev-test's."""
import re, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def notebooks(args:list) -> list:
    "The notebooks `nbdev-test` runs for these arguments: the one given, or every `nbs/*.ipynb` but private ones."
    given = [a for a in args if a.endswith('.ipynb')]
    return [Path(a).name for a in given] or sorted(p.name for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))

def main(argv:list) -> int:
    fast = '--fast' in argv
    args = [a for a in argv if a != '--fast']
    cmd = ['nbdev-test', '--n-workers', '2', '--timing'] + ([] if fast else ['--flags', 'slow']) + args
    print('+', ' '.join(cmd), flush=True)
    t0 = time.time()
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
    print(f'tests took {time.time() - t0:.0f} s')
    # --timing lists every notebook it ran, but only when all passed: otherwise count what a run would test
    tested = {n for _, n in times} | set(failed) if times else set(failed) | set(notebooks(args))
    print(f'notebooks: {len(tested) - len(failed)} passed, {len(failed)} failed')
    return rc

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
