"""Text from articles never acts on Rich or on the terminal: markup, ANSI and OSC-8 in every field."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.cli.render import analysis_panel
from sitroom.cli.safe_text import clean, safe
from sitroom.records import Analysis
from sitroom.store import Store

runner = CliRunner()

# markup that breaks Rich, markup that hides a link, ANSI that clears the screen, a window title,
# an OSC-8 hyperlink and an 8-bit CSI
HOSTILE = ("[/bold] [link=http://evil.example]x[/link] [blink red]y \x1b[2J\x1b]0;pwned\x07"
           "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ \x9b5m")


def _check_terminal_output(out: str) -> None:
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x1b]8;" not in out and "\x9b" not in out
    assert "pwned" not in out or "\x07" not in out


def test_clean_and_safe_remove_sequences_and_escape_markup():
    assert clean("a\x1b[31mred\x1b[0m b\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ c\x07\r") == "ared blink c"
    assert clean("line\nnext\ttab") == "line\nnext\ttab"
    console = Console(file=io.StringIO(), width=200)
    console.print(safe("[/bold] [link=http://x]y[/link]"))
    assert console.file.getvalue().strip() == "[/bold] [link=http://x]y[/link]"


def _hostile(analysis: Analysis) -> Analysis:
    doc = analysis.document.model_copy(update={"title": HOSTILE, "dateline": HOSTILE, "editor": HOSTILE})
    return analysis.model_copy(update={
        "document": doc,
        "actors": [a.model_copy(update={"name": f"{HOSTILE} {a.name}"}) for a in analysis.actors],
        "quotes": [q.model_copy(update={"text": HOSTILE}) for q in analysis.quotes],
        "events": [e.model_copy(update={"evidence": e.evidence.model_copy(update={"text": HOSTILE})})
                   for e in analysis.events],
        "times": [t.model_copy(update={"text": HOSTILE}) for t in analysis.times],
        "places": [p.model_copy(update={"name": HOSTILE}) for p in analysis.places],
        "quantities": [n.model_copy(update={"unit": HOSTILE}) for n in analysis.quantities],
    })


@pytest.mark.model
def test_panel_shows_hostile_fields_literally(reference_analysis):
    hostile = _hostile(reference_analysis)
    assert hostile.events and hostile.quotes and hostile.quantities and hostile.places
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=400, record=True)
    console.print(analysis_panel(hostile))
    out = console.file.getvalue()
    _check_terminal_output(out)
    text = console.export_text()
    assert "[/bold]" in text and "[link=http://evil.example]" in text and "[blink red]" in text


@pytest.mark.model
def test_every_table_command_survives_hostile_store(tmp_path, reference_analysis):
    db = str(tmp_path / "h.db")
    with Store.open(db) as store:
        store.ingest(_hostile(reference_analysis))
        doc_id = store.documents()[0]["id"]
    claims = runner.invoke(app, ["claims", "--db", db, "--format", "json"])
    claim_id = __import__("json").loads(claims.stdout)[0]["id"]
    commands = [["list"], ["show", doc_id[:8]], ["claims"], ["claim", claim_id], ["timeline"], ["actors"],
                ["versions", doc_id[:8]]]
    for command in commands:
        result = runner.invoke(app, [*command, "--db", db])
        assert result.exit_code == 0, (command, result.output)
        assert result.exception is None
        _check_terminal_output(result.output)
        assert "\x1b" not in result.output, command
    listed = runner.invoke(app, ["list", "--db", db])
    assert "[/bold]" in listed.stdout


@pytest.mark.model
def test_ingest_stores_finished_articles_before_a_slow_one_and_goes_on(tmp_path, monkeypatch, nlp):
    import sitroom.run.analyzers as analyzers
    from sitroom.errors import ArticleTooSlow

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text("Troops moved.\n\nThe army said on Monday it moved troops to the border.\n")
    (folder / "b_slow.txt").write_text("Slow one.\n\n" + "The army said on Monday it moved troops. " * 50)
    (folder / "c_good.txt").write_text("Talks.\n\nThe ministry said talks resumed on Tuesday in Geneva.\n")
    db = str(tmp_path / "s.db")
    seen: list[int] = []
    real = analyzers.analyze_document

    def watching(document, settings):
        if (document.source_path or "").endswith("b_slow.txt"):
            with Store.open(db) as store:  # what came before the slow article is already committed
                seen.append(len(store.documents()))
            raise ArticleTooSlow("gave up", where="b_slow.txt")
        return real(document, settings)

    monkeypatch.setattr(analyzers, "FLUSH_CHARS", 1000)  # the slow article is longer, the good ones shorter
    monkeypatch.setattr(analyzers, "analyze_document", watching)
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert seen == [1]
    assert result.exit_code == 3 and "E008" in result.output
    assert "stored 2" in result.stdout and "failed 1" in result.stdout


@pytest.mark.model
def test_analyze_goes_on_after_an_article_past_its_budget(tmp_path, monkeypatch, nlp):
    slow = tmp_path / "a_slow.txt"
    slow.write_text("Slow\n\n" + "The army said on Monday that it moved troops to the border. " * 3000)
    fine = tmp_path / "b_fine.txt"
    fine.write_text("Talks\n\nThe ministry said talks resumed on Tuesday in Geneva.\n")
    monkeypatch.setenv("SITROOM_ARTICLE_SECONDS", "3")  # the slow one needs far more, the other far less
    result = runner.invoke(app, ["analyze", str(slow), str(fine), "--date", "2024-10-21", "--format", "jsonl"])
    assert result.exit_code == 3 and "E008" in result.output
    records = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(records) == 1 and "Geneva" in records[0]
