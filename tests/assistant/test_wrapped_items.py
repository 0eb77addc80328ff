"""List items a page's width broke over two lines: the line right under an item that opens in
lower case, or closes a bracket the item opened, goes on with the item (`outline.list_items`),
so a list is given with each item whole ("… des mangroves (secteur central et secteur ouest
du littoral)"); a line after a stop, or after a blank line, starts something else; and the "et"
that joins the last item is no part of the item before it."""

from __future__ import annotations

from assistant.answering.lists import _item_text
from assistant.answering.outline import list_items
from plans.index import StoredChunk

TEXT = """L'analyse du littoral de la Zembla a identifié les effets suivants :

• le recul du trait de côte près des ports ;

• la disparition des dunes (secteur nord et secteur
Ouest de la baie) ;

• la salinisation des puits et des nappes des villages
côtiers ; et

• les dépôts de sable dans les chenaux.
Ces effets toucheront surtout les pêcheurs.
"""


def _chunk(text: str, start: int = 100) -> StoredChunk:
    return StoredChunk(id="c1", doc_id="plan-zembla.pdf", kind="passage", text=text, search_text=text,
                       section="Vulnérabilité du littoral", page=3, start=start, end=start + len(text), lang="fr")


def test_items_go_on_over_a_broken_line():
    chunk = _chunk(TEXT)
    items = [_item_text(chunk, a, b) for a, b in list_items(chunk)]
    assert items == [
        "le recul du trait de côte près des ports",
        "la disparition des dunes (secteur nord et secteur Ouest de la baie)",
        "la salinisation des puits et des nappes des villages côtiers",
        "les dépôts de sable dans les chenaux",
    ], items


def test_the_spans_are_the_document_text():
    chunk = _chunk(TEXT, start=100)
    for a, b in list_items(chunk):
        assert TEXT[a - 100 : b - 100].startswith("•")


def test_a_line_that_opens_a_list_is_no_part_of_the_item_before():
    text = ("10. The programme does not replace the plans of the ports, rather it\n"
            "complements them and\n"
            "is guided by two principles:\n\n"
            "1) Proximity - every port is steered from its own town hall;\n\n"
            "2) Thrift - no new office is opened.\n")
    chunk = _chunk(text)
    items = [text[a - 100 : b - 100] for a, b in list_items(chunk)]
    assert items[0] == "10. The programme does not replace the plans of the ports, rather it\ncomplements them and", items
