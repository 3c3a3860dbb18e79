"""The layout rules hold on the whole package: no import cycles, no over-complex function, a thin nlp/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_architecture_check_passes() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_architecture.py")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_nlp_layers_are_packages() -> None:
    nlp = ROOT / "src" / "sitroom" / "nlp"
    layers = {"actors", "times", "places", "quantities", "attribution", "quotes", "events"}
    assert layers <= {p.name for p in nlp.iterdir() if (p / "__init__.py").exists()}
