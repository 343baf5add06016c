"""Interactive, offline pages of the policy graph (pyvis / vis-network).

>>> from policykg.viz import lineage_page, write_html      # doctest: +SKIP
>>> write_html(lineage_page(G, "豫政办〔2024〕46号"), "lineage.html")  # doctest: +SKIP

``lineage_page``/``overview_page``/``agencies_page``/``beneficiaries_page`` describe a page
(pure), ``render_html``/``write_html`` render it, ``write_site`` writes the static site of a build
and ``notebook_display`` shows a page inside Jupyter.
"""

from policykg.analysis.lookup import find_document
from policykg.viz.lineage import Lineage, lineage
from policykg.viz.page import Page, build_network, notebook_display, notebook_html, render_html, write_html
from policykg.viz.site import safe_name, write_site
from policykg.viz.views import agencies_page, beneficiaries_page, lineage_page, overview_page

__all__ = [
    "Lineage",
    "Page",
    "agencies_page",
    "beneficiaries_page",
    "build_network",
    "find_document",
    "lineage",
    "lineage_page",
    "notebook_display",
    "notebook_html",
    "overview_page",
    "render_html",
    "safe_name",
    "write_html",
    "write_site",
]
