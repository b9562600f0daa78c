"Write README.md from nbs/index.ipynb (the index notebook is the README's source): `python tools/make_readme.py`."
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def cell_text(cell) -> str:
    src = ''.join(cell['source']).strip()
    if cell['cell_type'] == 'markdown': return src
    if '#| hide' in src.splitlines(): return ''   # the page's own checks, not the README's
    lines = [l for l in src.splitlines() if not l.startswith('#|')]
    return '```python\n' + '\n'.join(lines).strip() + '\n```' if lines else ''

def readme_text() -> str:
    nb = json.loads((root/'nbs'/'index.ipynb').read_text())
    parts = [cell_text(c) for c in nb['cells']]
    note = '<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file. -->'
    return note + '\n\n' + '\n\n'.join(p for p in parts if p) + '\n'

if __name__ == '__main__':
    text = readme_text()
    if '--check' in sys.argv:
        sys.exit(0 if (root/'README.md').read_text() == text else 'README.md is out of date: run python tools/make_readme.py')
    (root/'README.md').write_text(text)
