"""Check the layout rules the project holds itself to: no import cycles between modules,
no function above a cyclomatic-complexity limit, and a thin ``nlp/`` made of layer packages.

Run from the repository root: ``python scripts/check_architecture.py``. Exit status 1 lists
each breach. Imports inside ``if TYPE_CHECKING:`` blocks count too: a type-only cycle still
ties two modules together for a reader.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "sitroom"
MAX_COMPLEXITY = 25
MAX_NLP_MODULES = 8

_BRANCHES = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.With, ast.AsyncWith,
             ast.IfExp, ast.Assert, ast.comprehension, ast.match_case)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(mod: str, is_pkg: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = mod.split(".")
    if not is_pkg:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """Modules of this package that a file imports (a ``from X import y`` naming a submodule counts as X.y)."""
    mod = module_name(path)
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == PACKAGE)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(mod, path.name == "__init__.py", node)
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in modules else target)
    return {m for m in out if m in modules and m != mod}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative enough for this size)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    sys.setrecursionlimit(10000)

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def complexity(func: ast.AST) -> int:
    """McCabe-style count, as radon counts it closely enough: 1 + branches + boolean operands beyond the first."""
    score = 1
    for node in ast.walk(func):
        if isinstance(node, _BRANCHES):
            score += 1
        elif isinstance(node, ast.BoolOp):
            score += len(node.values) - 1
    return score


def complex_functions(path: Path) -> list[tuple[str, int]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            score = complexity(node)
            if score > MAX_COMPLEXITY:
                out.append((f"{path.relative_to(SRC)}:{node.lineno} {node.name}", score))
    return out


def main() -> int:
    files = sorted((SRC / PACKAGE).rglob("*.py"))
    modules = {module_name(f) for f in files}
    graph = {module_name(f): imports_of(f, modules) for f in files}
    problems = [f"import cycle: {' <-> '.join(c)}" for c in cycles(graph)]
    for f in files:
        problems += [f"complexity {score} > {MAX_COMPLEXITY}: {where}" for where, score in complex_functions(f)]
    nlp = SRC / PACKAGE / "nlp"
    flat = [p.name for p in nlp.glob("*.py") if p.name != "__init__.py"]
    if len(flat) > MAX_NLP_MODULES:
        problems.append(f"nlp/ holds {len(flat)} modules directly (at most {MAX_NLP_MODULES}): {sorted(flat)}")
    for line in problems:
        print(line)
    print(f"{len(files)} modules, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
