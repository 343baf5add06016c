"""What makes Neo4j Browser useful for this graph: a style and a guide, served by the local server.

- :func:`render_grass`, the style (GraSS): documents coloured by level as the pages colour them
  (:data:`policykg.viz.style.LEVEL_STYLES`, through the level labels the load gives them:
  ``:National`` …), captioned by doc number then title; agencies and beneficiary groups in the
  pages' colours; relationships in the pages' edge colours.
- :func:`render_guide`, the guide: one slide per named query (``policykg/queries/*.cypher``) with
  its example parameters (``:params {…}``) and the query ready to run, and a second form of it
  that draws the nodes its rows name.

:func:`install_browser_files` writes both into the server's own copy of the Browser jar
(``.neo4j/lib``, under ``browser/policykg/``), so the server answers them at
``/browser/policykg/…``; :func:`browser_conf` makes the Browser load the style and open the guide
after login.

>>> grass = render_grass()
>>> "node.National {" in grass and "color: #f8c471;" in grass
True
>>> params_command({"doc": "国发〔2024〕7号", "level": ""})
":params {doc: '国发〔2024〕7号', level: ''}"
"""

from __future__ import annotations

import html
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from policykg.errors import Neo4jError
from policykg.neo4j.cypher import LEVEL_LABELS
from policykg.neo4j.home import LOCAL_HOST
from policykg.queries.catalog import NamedQuery, bind_params, named_queries, parse_param_pairs
from policykg.viz.style import AGENCY_COLOUR, EDGE_STYLES, GROUP_COLOUR, LEVEL_STYLES

__all__ = [
    "FILES_DIR",
    "browser_conf",
    "browser_url",
    "draw_query",
    "example_params",
    "install_browser_files",
    "params_command",
    "render_grass",
    "render_guide",
]

# Where the files go inside the Browser jar, i.e. their path under /browser/ on the server.
FILES_DIR = "policykg"
STYLE_FILE = "style.grass"
GUIDE_FILE = "guide.html"
BROWSER_JAR = re.compile(r"^neo4j-browser-[\d.]+\.jar$")  # neo4j-browser-5.24.0.jar

# Result columns of the named queries that hold a node id, or a list of node ids.
ID_COLUMNS = (
    "start",
    "source",
    "document",
    "ancestor",
    "agency",
    "group",
    "via_group",
    "other",
    "agency_a",
    "agency_b",
)
ID_LIST_COLUMNS = ("path", "documents", "co_issuers", "cited_in", "amended_by")

# `--param doc=国发〔2024〕7号` in a query file's @example line.
EXAMPLE_PARAM = re.compile(r"--param\s+(\S+)")


def browser_url(http_port: int, bolt_port: int) -> str:
    """The Browser's address, its connect form filled with the Bolt address.

    >>> browser_url(7474, 7687)
    'http://127.0.0.1:7474/browser/?connectURL=bolt://127.0.0.1:7687'
    """
    return f"http://{LOCAL_HOST}:{http_port}/browser/?connectURL=bolt://{LOCAL_HOST}:{bolt_port}"


def files_url(http_port: int) -> str:
    """Where the server answers the style and the guide."""
    return f"http://{LOCAL_HOST}:{http_port}/browser/{FILES_DIR}"


def browser_conf(http_port: int) -> str:
    """neo4j.conf lines: after login the Browser loads the style and opens the guide, both from
    this server (the only host it may fetch guides and styles from)."""
    base = files_url(http_port)
    return (
        f"browser.remote_content_hostname_whitelist={LOCAL_HOST},localhost\n"
        f"browser.post_connect_cmd=style {base}/{STYLE_FILE}; play {base}/{GUIDE_FILE}\n"
    )


# --------------------------------------------------------------------------- style


def render_grass() -> str:
    """The GraSS of the graph: the pages' colours, doc numbers and titles as captions."""
    rules: list[tuple[str, dict[str, str]]] = [
        ("node", {"diameter": "56px", "border-width": "2px", "font-size": "10px"}),
        ("relationship", {"shaft-width": "1.5px", "font-size": "8px", "caption": "<type>"}),
        (
            "node.Document",
            _node_colours(LEVEL_STYLES["unknown"].colour, LEVEL_STYLES["unknown"].border)
            | {"caption": "{doc_number} {title}"},
        ),
    ]
    rules += [
        (f"node.{label}", _node_colours(LEVEL_STYLES[level].colour, LEVEL_STYLES[level].border))
        for level, label in LEVEL_LABELS.items()
    ]
    rules += [
        ("node.Agency", _node_colours(AGENCY_COLOUR, "#2471a3") | {"caption": "{name}"}),
        ("node.BeneficiaryGroup", _node_colours(GROUP_COLOUR, "#922b21") | {"caption": "{name}"}),
    ]
    rules += [
        (f"relationship.{t}", {"color": s.colour, "shaft-width": f"{max(1.0, min(s.width, 4.0)):g}px"})
        for t, s in EDGE_STYLES.items()
        if t not in ("BROADER",)
    ]
    return "\n".join(
        f"{selector} {{\n" + "".join(f"  {k}: {_grass_value(v)};\n" for k, v in props.items()) + "}"
        for selector, props in rules
    )


def _node_colours(fill: str, border: str) -> dict[str, str]:
    return {"color": fill, "border-color": border, "text-color-internal": "#17202a"}


def _grass_value(value: str) -> str:
    """Captions are quoted strings in GraSS; sizes and colours are bare."""
    return f'"{value}"' if "{" in value or "<" in value else value


# --------------------------------------------------------------------------- guide


def example_params(q: NamedQuery) -> dict[str, object]:
    """The parameters of ``q``'s @example line, defaults filled in (bound as the runner binds them).

    >>> from policykg.queries.catalog import get_query
    >>> example_params(get_query("lineage_up"))
    {'doc': '焦政〔2024〕10号', 'level': 'national'}
    """
    return bind_params(q, parse_param_pairs(EXAMPLE_PARAM.findall(q.example)))


def cypher_literal(value: object) -> str:
    """A Cypher literal of a parameter value (strings single-quoted and escaped).

    >>> cypher_literal("它's"), cypher_literal(2), cypher_literal(True)
    ("'它\\\\'s'", '2', 'true')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def params_command(params: Mapping[str, object]) -> str:
    """The Browser command setting exactly these parameters."""
    return ":params {" + ", ".join(f"{k}: {cypher_literal(v)}" for k, v in params.items()) + "}"


def query_body(q: NamedQuery) -> str:
    """The Cypher of ``q`` without its ``//`` header (the slide says it in words)."""
    lines = q.text.strip().splitlines()
    while lines and lines[0].lstrip().startswith("//"):
        lines.pop(0)
    return "\n".join(lines).strip()


def draw_query(q: NamedQuery) -> str:
    """``q`` wrapped so that Browser draws a graph: the nodes its rows name, and the links
    between them.  The question stays the one of the .cypher file; only the answer is redrawn.

    >>> from policykg.queries.catalog import get_query
    >>> print(draw_query(get_query("most_cited")).splitlines()[-6])
    WITH [x IN [document] WHERE x IS NOT NULL] AS ids
    """
    singles = [c for c in q.columns if c in ID_COLUMNS]
    lists = [c for c in q.columns if c in ID_LIST_COLUMNS]
    ids = " + ".join([f"[{', '.join(singles)}]"] * bool(singles) + [f"coalesce({c}, [])" for c in lists]) or "[]"
    body = "\n".join("  " + line for line in query_body(q).splitlines())
    return (
        f"CALL () {{\n{body}\n}}\n"
        f"WITH [x IN {ids} WHERE x IS NOT NULL] AS ids\n"
        "UNWIND ids AS id\n"
        "WITH collect(DISTINCT id) AS ids\n"
        "MATCH (n) WHERE n.id IN ids\n"
        "OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN ids\n"
        "RETURN n, r, m"
    )


def render_guide(http_port: int, queries: Iterable[NamedQuery] | None = None) -> str:
    """The guide (Browser's ``:play`` HTML): a slide per named query, ready to run."""
    queries = list(named_queries().values() if queries is None else queries)
    slides = [_intro_slide(queries, http_port)] + [_query_slide(q) for q in queries]
    return (
        '<article class="guide">\n<carousel class="deck container-fluid">\n'
        + "\n".join(slides)
        + "\n</carousel>\n</article>\n"
    )


def _intro_slide(queries: list[NamedQuery], http_port: int) -> str:
    levels = "".join(
        f'<li><span style="background:{LEVEL_STYLES[level].colour};padding:0 8px">&nbsp;</span> '
        f":{label} — {html.escape(LEVEL_STYLES[level].name)}</li>"
        for level, label in LEVEL_LABELS.items()
    )
    listed = "".join(f"<li><b>{html.escape(q.name)}</b>: {html.escape(q.summary)}</li>" for q in queries)
    return f"""<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>policykg: the policy graph</h3>
    <p>Documents are coloured by level as on the site's pages, captioned by doc number and title:</p>
    <ul>{levels}</ul>
    <p>Each next slide is one named query (<code>policykg query NAME</code>). Click a block to put it in the
    editor, then run it: the first sets the example parameters, the second answers as a table, the third
    draws the documents the answer names.</p>
    <ul>{listed}</ul>
    <p>To restore the style, or open this guide again:</p>
    <pre class="runnable">:style {files_url(http_port)}/{STYLE_FILE}</pre>
    <pre class="runnable">:play {files_url(http_port)}/{GUIDE_FILE}</pre>
  </div>
</slide>"""


def _query_slide(q: NamedQuery) -> str:
    params = example_params(q)
    blocks = [
        ("Parameters (the example's)", params_command(params)) if params else None,
        ("The query, as a table", query_body(q)),
        ("Drawn as a graph", draw_query(q)),
    ]
    body = "".join(
        f'<p>{html.escape(title)}:</p>\n<pre class="pre-scrollable code runnable" data-query="{html.escape(q.name)}">'
        f"{html.escape(text)}</pre>\n"
        for title, text in filter(None, blocks)
    )
    doc = "".join(f"<li><code>${html.escape(p.name)}</code>: {html.escape(p.doc)}</li>" for p in q.params)
    return f"""<slide class="row-fluid">
  <div class="col-sm-3">
    <h3>{html.escape(q.name)}</h3>
    <p class="lead">{html.escape(q.summary)}</p>
    <ul>{doc}</ul>
    <p><code>{html.escape(q.example)}</code></p>
  </div>
  <div class="col-sm-9">
{body}  </div>
</slide>"""


# --------------------------------------------------------------------------- files in the jar


def browser_files(http_port: int) -> dict[str, bytes]:
    """The files served under /browser/policykg/: path inside the jar → bytes."""
    return {
        f"browser/{FILES_DIR}/{STYLE_FILE}": render_grass().encode("utf-8"),
        f"browser/{FILES_DIR}/{GUIDE_FILE}": render_guide(http_port).encode("utf-8"),
    }


def install_browser_files(lib: Path, http_port: int, *, files: Mapping[str, bytes] | None = None) -> Path:
    """Put the style and the guide into the Browser jar of ``lib`` (the install's own copy: Maven's
    cache is not touched); a no-op when the jar holds them already.  Returns the jar's path.

    The server serves /browser/ from the jar's ``browser/`` folder, and from no other place.
    """
    files = browser_files(http_port) if files is None else files
    jars = sorted(p for p in Path(lib).glob("neo4j-browser-*.jar") if BROWSER_JAR.match(p.name))
    if not jars:
        raise Neo4jError(f"no Neo4j Browser jar in {lib}: run `policykg neo4j install` again.")
    jar = jars[-1]
    with zipfile.ZipFile(jar) as zin:
        present = {name: zin.read(name) for name in files if name in zin.namelist()}
        if present == dict(files):
            return jar
        fd, tmp = tempfile.mkstemp(dir=jar.parent, suffix=".jar.partial")
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
                for info in zin.infolist():
                    if not info.filename.startswith(f"browser/{FILES_DIR}/"):
                        zout.writestr(info, zin.read(info))
                for name, data in files.items():
                    zout.writestr(name, data)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    os.replace(tmp, jar)
    return jar
