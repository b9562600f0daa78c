"""Check the package's layout rules: each notebook `NN_a.b.ipynb` exports the module `factost/a/b.py`; on the exported
modules, every import points down a floor, no import circle
(imports inside functions count), the library never imports the CLI, and no module imports another module's
private (underscore) name. Run by `.ci/run`; prints one line per problem and exits 1 if there is any."""
import ast, json, re, sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent/'factost'
# Floors, lowest first (shared/notes/layout.md): a module may import its own floor or a lower one, never a higher.
FLOORS = ['core', 'data', 'metrics', 'baselines', 'layers', 'models', 'sta', 'forecast', 'callback', 'learner',
          'benchmarks', 'viz', 'demo', 'cli']

def module_name(path:Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix('').parts
    return '.'.join(parts[:-1] if parts[-1] == '__init__' else parts)

def floor(mod:str) -> int:
    top = mod.split('.')[1] if mod.count('.') else ''
    if top not in FLOORS: raise SystemExit(f"{mod}: not on any floor of tools/check_layout.py; add it to FLOORS")
    return FLOORS.index(top)

def resolve(mod:str, node:ast.ImportFrom, is_pkg:bool) -> str:
    "The absolute module a `from ... import` names."
    if not node.level: return node.module or ''
    base = mod.split('.') if is_pkg else mod.split('.')[:-1]
    base = base[:len(base) - node.level + 1]
    return '.'.join(base + ([node.module] if node.module else []))

def imports(path:Path) -> list:
    "(imported module, names, line) for every factost import in `path`, at any depth."
    mod, out = module_name(path), []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom):
            target = resolve(mod, node, path.name == '__init__.py')
            if target == 'factost' or target.startswith('factost.'):
                names = [a.name for a in node.names]
                # `from factost import demo` imports the module factost.demo
                if target == 'factost': out += [(f'factost.{n}', [], node.lineno) for n in names]
                else: out.append((target, names, node.lineno))
        elif isinstance(node, ast.Import):
            out += [(a.name, [], node.lineno) for a in node.names if a.name.startswith('factost.')]
    return out

def notebook_problems() -> list:
    "Notebooks whose name is not the module they export (tutorials, `tests.*` notebooks and the index export nothing)."
    found, index = [], (PKG.parent/'nbs'/'index.ipynb').read_text()
    for nb in sorted((PKG.parent/'nbs').glob('[0-9]*.ipynb')):
        cells = json.loads(nb.read_text())['cells']
        exp = [m[1] for c in cells for m in [re.match(r'#\|\s*default_exp\s+(\S+)', ''.join(c['source']))] if m]
        name = nb.stem.split('_', 1)[1]
        if exp and exp != [name]: found.append(f"{nb.name}: exports {', '.join(exp)}, not {name}")
        if not exp and not name.startswith(('tutorial.', 'tests.')): found.append(f"{nb.name}: exports no module")
        if f'`{nb.stem}`' not in index: found.append(f"{nb.name}: not in the notebooks table of nbs/index.ipynb")
    return found

def problems() -> list:
    mods = {module_name(p): p for p in PKG.rglob('*.py') if p.name != '_modidx.py'}
    graph, found = {}, []
    for mod, path in sorted(mods.items()):
        if mod == 'factost': continue
        graph[mod] = set()
        for target, names, line in imports(path):
            if target not in mods and target.rsplit('.', 1)[0] in mods: target = target.rsplit('.', 1)[0]
            if target == 'factost': continue
            where = f"{path.relative_to(PKG.parent)}:{line}"
            if target not in mods: found.append(f"{where}: imports {target}, which does not exist"); continue
            graph[mod].add(target)
            if target == 'factost.cli' and mod != 'factost.cli': found.append(f"{where}: the library imports the CLI")
            elif floor(target) > floor(mod): found.append(f"{where}: {mod} imports {target}, a higher floor")
            found += [f"{where}: imports the private name {n} from {target}" for n in names if n.startswith('_')]
    # circles: a depth-first search for back edges
    state, stack = {}, []
    def visit(m):
        state[m] = 1; stack.append(m)
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1: found.append('import circle: ' + ' -> '.join(stack[stack.index(t):] + [t]))
            elif t not in state: visit(t)
        stack.pop(); state[m] = 2
    for m in sorted(graph):
        if m not in state: visit(m)
    return found

if __name__ == '__main__':
    found = notebook_problems() + problems()
    for p in found: print(p)
    print(f"layout: {len(found)} problem(s) in {sum(1 for p in PKG.rglob('*.py') if p.name != '_modidx.py')} modules")
    sys.exit(1 if found else 0)
