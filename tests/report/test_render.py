"""Markdown, LaTeX and HTML rendering of a table whose numbers carry source marks."""

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fpgaprune.report.render import Cell, Table, html_page, latex, legend, markdown, numeric_columns


def _table() -> Table:
    rows = [
        [Cell("knapsack_dsp"), Cell("12", "hls_code"), Cell("a|b <c> ap_fixed<8,3> 50%")],
        [Cell("baseline"), Cell("", "estimate"), Cell("")],
    ]
    return Table("rf 4", ["method", "DSP", "note"], rows, ["a note"])


def test_legend_explains_only_the_sources_whose_numbers_are_shown():
    text = legend(_table())
    assert "c = hls_code" in text and "estimate" not in text  # the estimate cell is empty
    assert legend(Table("t", ["a"], [[Cell("x")]])) == ""


def test_legend_says_what_each_source_covers():
    """An estimate counts the weight layers, a synthesis report the whole design: one column can hold both
    (the best source of each design), so the legend says which is which."""
    rows = [[Cell("baseline"), Cell("517", "vivado")], [Cell("knapsack_dsp"), Cell("120", "estimate")]]
    text = legend(Table("t", ["method", "DSP"], rows))
    assert "e = estimate: fpgaprune's cost model of the weight layers (an estimate, not a synthesis)" in text
    assert "v = vivado: Vivado HLS synthesis report of the whole design" in text


def test_markdown_marks_sources_and_escapes_pipes():
    text = markdown([_table()], "title")
    assert text.startswith("# title\n") and "## rf 4" in text
    assert "| knapsack_dsp | 12<sup>c</sup> | a\\|b &lt;c> ap_fixed<8,3> 50% |" in text
    assert "| baseline |  |  |" in text
    assert "Sources: c = hls_code" in text and "a note" in text


def test_latex_escapes_specials_and_uses_superscripts():
    text = latex([_table()])
    assert (
        r"knapsack\_dsp & 12\textsuperscript{c} & a\textbar{}b \textless{}c\textgreater{} "
        r"ap\_fixed\textless{}8,3\textgreater{} 50\% \\"
    ) in text
    assert text.count(r"\begin{tabular}{lrl}") == 1 and r"\toprule" in text and r"\end{table}" in text


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_text_and_names_the_source_on_hover():
    parser = _Cells()
    parser.feed(html_page([_table()], "title"))
    assert sum(tag == "tr" for tag, _ in parser.tags) == 3  # header and two rows
    assert ("sup", {"title": "hls_code"}) in parser.tags
    assert "a|b <c> ap_fixed<8,3> 50%" in parser.text  # escaped in the file, intact once parsed


def test_numeric_columns_are_right_aligned():
    table = Table(
        "t",
        ["method", "DSP", "DSP −%", "DSP: baseline → pruned", "acc. %", "note"],
        [
            [
                Cell("knapsack_dsp"),
                Cell("5,320", "estimate"),
                Cell("86.2 %"),
                Cell("5,320 → 732"),
                Cell("90.12"),
                Cell("t0.9"),
            ],
            [Cell("baseline"), Cell(""), Cell("-"), Cell("-1,380 → 313"), Cell("-0.45"), Cell("")],
        ],
    )
    assert numeric_columns(table) == [False, True, True, True, True, False]
    assert r"\begin{tabular}{lrrrrl}" in latex([table])
    assert "| --- | ---: | ---: | ---: | ---: | --- |" in markdown([table], "title")
    assert numeric_columns(Table("empty", ["a"], [[Cell("")]])) == [False]


LATEX_ENGINES = ("pdflatex", "lualatex", "xelatex")


def compile_latex(tex: str, directory: Path) -> subprocess.CompletedProcess:
    """Compile `tex` (what `latex()` writes) inside a minimal article with booktabs."""
    engine = next(filter(shutil.which, LATEX_ENGINES), None)
    if engine is None:
        pytest.skip(f"no LaTeX engine ({', '.join(LATEX_ENGINES)}); `make test` installs one on Debian")
    (directory / "tables.tex").write_text(tex)
    (directory / "main.tex").write_text(
        "\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\n\\input{tables}\n\\end{document}\n"
    )
    command = [engine, "-interaction=nonstopmode", "-halt-on-error", "main.tex"]
    return subprocess.run(command, cwd=directory, capture_output=True, text=True, timeout=120, check=False)


def test_latex_table_compiles(tmp_path):
    tex = latex([_table(), Table("DSP −% ≤ 5 → 3", ["DSP −%"], [[Cell("86.2 %", "yosys")]], ["x_1 & y"])])
    result = compile_latex(tex, tmp_path)
    assert result.returncode == 0, result.stdout[-2000:]
    assert (tmp_path / "main.pdf").stat().st_size > 0
