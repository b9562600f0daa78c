"Build the docs site offline into `_proc/_docs`: nbdev's notebook processing, then smalldocs' pure-Python renderer: `python tools/build_docs.py`."
import json, re, shutil, subprocess, sys
from pathlib import Path
import nbdev.quarto as nbq

root = Path(__file__).resolve().parent.parent

def process_notebooks():
    "nbdev-proc-nbs, minus its first step: when Quarto is missing it tries to download and install it through sudo."
    if not callable(getattr(nbq, '_ensure_quarto', None)):
        sys.exit("nbdev.quarto._ensure_quarto is gone (nbdev changed): update tools/build_docs.py")
    nbq._ensure_quarto = lambda: None  # the offline build renders without Quarto
    nbq._pre_docs(str(root/'nbs'))

def render() -> int:
    "Render `_proc` with smalldocs; the number of HTML pages written."
    subprocess.run(['smalldocs', 'render', '.'], cwd=root/'_proc', check=True)
    return len(list((root/'_proc'/'_docs').rglob('*.html')))

def add_quarto_names():
    "Copy each page to the name nbdev gives it for Quarto (`output-file`, e.g. `benchmarks.zeroshot.html`), which links use: smalldocs names pages after the notebooks (and warns about such links before the copies exist)."
    for nb in (root/'_proc').glob('*.ipynb'):
        m = re.search(r'^output-file: *(\S+)', ''.join(json.loads(nb.read_text())['cells'][0]['source']), re.M)
        page = root/'_proc'/'_docs'/nb.with_suffix('.html').name
        if m and page.exists() and m.group(1) != page.name: shutil.copyfile(page, page.with_name(m.group(1)))

if __name__ == '__main__':
    process_notebooks()
    pages = render()
    add_quarto_names()
    print(f"docs: {pages} html pages in _proc/_docs")
    if not pages: sys.exit("the docs site has no pages")
