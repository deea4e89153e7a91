"""Tables as Markdown, LaTeX and HTML: one layout, three notations.

A table is a title, a header, rows of cells and notes. A cell carries its text and, for a resource
number, a one-letter mark naming its source (`SOURCE_MARKS`), rendered as a superscript and
explained in a legend under the table, so that no number appears without its source.
"""

import html
import re
from dataclasses import dataclass, field

SOURCE_MARKS = {"estimate": "e", "hls_code": "c", "vivado": "v", "vitis": "t", "yosys": "y"}
# Each says what its numbers cover: an estimate's and hls_code's are the weight layers (what pruning changes;
# the whole design's estimate is summary.csv's design_* columns), a report's the whole design
SOURCE_LEGEND = {
    "estimate": "fpgaprune's cost model of the weight layers (an estimate, not a synthesis)",
    "hls_code": "multipliers the generated hls4ml firmware allows in the weight layers (one DSP each where "
    "the operands fit one)",
    "vivado": "Vivado HLS synthesis report of the whole design",
    "vitis": "Vitis HLS synthesis report of the whole design",
    "yosys": "yosys synthesis of the da4ml (multiplier-free) implementation of the same model",
}
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
# a number as the tables write it: sign, thousands separators, decimals, an optional "%" or " %"; or
# two of them joined by an arrow ("5,320 → 732")
_NUMBER = r"[+\-−]?\d[\d,]*(?:\.\d+)?(?: ?%)?"
_NUMERIC = re.compile(rf"{_NUMBER}(?: → {_NUMBER})?")
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}


@dataclass(frozen=True)
class Cell:
    """Text of one cell; `source` names where its number comes from (empty: not a resource number)."""

    text: str
    source: str = ""


@dataclass
class Table:
    """A titled table; `notes` are printed under it."""

    title: str
    header: list[str]
    rows: list[list[Cell]]
    notes: list[str] = field(default_factory=list)

    def sources(self) -> list[str]:
        """The sources its cells name, in SOURCE_MARKS order."""
        used = {cell.source for row in self.rows for cell in row if cell.text}
        return [source for source in SOURCE_MARKS if source in used]


def numeric_columns(table: Table) -> list[bool]:
    """For each column: True when every cell that is not empty (or "-") is a number; Markdown and LaTeX
    right-align those columns."""
    columns = [
        [row[i].text for row in table.rows if row[i].text not in ("", "-")] for i in range(len(table.header))
    ]
    return [bool(texts) and all(_NUMERIC.fullmatch(text) for text in texts) for texts in columns]


def legend(table: Table) -> str:
    """One line explaining the source marks used in `table` (empty if none)."""
    parts = [f"{SOURCE_MARKS[source]} = {source}: {SOURCE_LEGEND[source]}" for source in table.sources()]
    return "Sources: " + "; ".join(parts) + "." if parts else ""


def markdown(tables: list[Table], title: str) -> str:
    """A Markdown document with one section per table."""
    parts = [f"# {title}\n"]
    for table in tables:
        rule = ["---:" if numeric else "---" for numeric in numeric_columns(table)]
        lines = [f"## {table.title}\n", _md_row(table.header), _md_row(rule)]
        lines += [_md_row([_md_cell(cell) for cell in row]) for row in table.rows]
        notes = [legend(table), *table.notes]
        parts.append("\n".join(lines) + "\n\n" + "".join(f"{note}\n\n" for note in notes if note))
    return "\n".join(parts).rstrip() + "\n"


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _md_cell(cell: Cell) -> str:
    text = _TAG_START.sub("&lt;", cell.text)  # "<b" would open an HTML tag; "ap_fixed<16,6>" stays as is
    return f"{text}<sup>{SOURCE_MARKS[cell.source]}</sup>" if cell.source and cell.text else text


def latex(tables: list[Table]) -> str:
    """LaTeX `table` environments (booktabs), one per table, ready to \\input into a paper."""
    return "\n".join(_latex_table(table) for table in tables)


def _latex_table(table: Table) -> str:
    columns = "".join("r" if numeric else "l" for numeric in numeric_columns(table))
    body = [" & ".join(_latex_cell(cell) for cell in row) + r" \\" for row in table.rows]
    notes = [note for note in [legend(table), *table.notes] if note]
    return "\n".join(
        [
            r"\begin{table}[htbp]",
            r"\centering",
            r"\footnotesize",
            rf"\caption{{{_tex(table.title)}}}",
            rf"\begin{{tabular}}{{{columns}}}",
            r"\toprule",
            " & ".join(map(_tex, table.header)) + r" \\",
            r"\midrule",
            *body,
            r"\bottomrule",
            r"\end{tabular}",
            *(rf"\par\smallskip\parbox{{\linewidth}}{{\scriptsize {_tex(note)}}}" for note in notes),
            r"\end{table}",
            "",
        ]
    )


def _latex_cell(cell: Cell) -> str:
    text = _tex(cell.text)
    return rf"{text}\textsuperscript{{{SOURCE_MARKS[cell.source]}}}" if cell.source and cell.text else text


def _tex(text: str) -> str:
    return (
        "".join(_LATEX_SPECIALS.get(char, char) for char in text)
        .replace("→", r"$\to$")
        .replace("−", r"$-$")  # U+2212 (in "DSP −%"): pdflatex has no glyph for it outside math
        .replace("≤", r"$\le$")
    )


def html_page(tables: list[Table], title: str) -> str:
    """A self-contained HTML page (inline CSS) with one section per table."""
    sections = "\n".join(_html_table(table) for table in tables)
    head = f'<meta charset="utf-8"><title>{html.escape(title)}</title><style>{_CSS}</style>'
    body = f"<h1>{html.escape(title)}</h1>\n{sections}"
    return f'<!DOCTYPE html>\n<html lang="en"><head>{head}</head>\n<body>{body}\n</body></html>\n'


def _html_table(table: Table) -> str:
    head = "".join(f"<th>{html.escape(text)}</th>" for text in table.header)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_html_cell(cell)}</td>" for cell in row) + "</tr>\n" for row in table.rows
    )
    notes = "".join(
        f'<p class="note">{html.escape(note)}</p>' for note in [legend(table), *table.notes] if note
    )
    table_html = f"<table><thead><tr>{head}</tr></thead>\n<tbody>{rows}</tbody></table>"
    return f"<h2>{html.escape(table.title)}</h2>\n{table_html}\n{notes}"


def _html_cell(cell: Cell) -> str:
    text = html.escape(cell.text)
    if not (cell.source and cell.text):
        return text
    return f'{text}<sup title="{html.escape(cell.source)}">{SOURCE_MARKS[cell.source]}</sup>'


_CSS = (
    "body{font-family:sans-serif;margin:1.5em;color:#222}"
    "table{border-collapse:collapse;font-size:0.9em;margin-bottom:0.5em}"
    "th,td{border:1px solid #ccc;padding:0.25em 0.6em;text-align:right;white-space:nowrap}"
    "th{background:#f0f0f0;white-space:normal;max-width:7em;vertical-align:bottom}"
    "td:first-child,th:first-child{text-align:left}"
    "tbody tr:nth-child(even){background:#fafafa}sup{color:#666;font-size:0.7em}"
    "td:last-child{white-space:normal;text-align:left;min-width:12em;max-width:40em}"
    "p.note{font-size:0.85em;color:#444;max-width:60em}"
)
