"""A made-up action plan, used to test table recovery on a document nobody tuned for.

Its content, ids, departments and headers differ from the sample plans on purpose
("No. | Objective | Measure | Indicator | Responsible"). The same rows are rendered as
flattened text (column after column, as a PDF-to-text tool does) and as a PDF with
real tables (wrapped cells, objectives merged over several rows, a table running over
a page break); both renderings must come back row for row.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADERS = ("No.", "Objective", "Measure", "Indicator", "Responsible")


@dataclass(frozen=True)
class SynthRow:
    ref: str
    goal_ref: str
    goal: str  # repeated on every row of a merged objective cell
    action: str
    monitoring: tuple[str, ...]
    departments: tuple[str, ...]  # as printed, "(coordination)" included
    section: str


SECTION_A = "PILLAR A. Coastal defences and early warning"
SECTION_B = "PILLAR B. Resilient communities"

_G1 = "Strengthen the protection of low-lying coastal towns against storm surges."
_G2 = "Give every municipality a tested early warning procedure."
_G3 = "Reduce the exposure of vulnerable households to flooding."
_G5 = "Involve residents in local resilience planning."

ROWS: tuple[SynthRow, ...] = (
    SynthRow("1.1", "1", _G1,
             "Raise and reinforce the sea dikes along the northern estuary before the winter of 2026.",
             ("Kilometres of dike reinforced.",),
             ("Infrastructure (coordination)", "Environment"), SECTION_A),
    SynthRow("1.2", "1", _G1,
             "Restore salt marshes and dunes as natural buffers in front of the dikes.",
             ("Hectares of marsh restored.", "Dune volume measured each spring."),
             ("Environment",), SECTION_A),
    SynthRow("1.3", "1", _G1,
             "Publish a public register of the storm barriers with their state of maintenance.",
             ("Register published online.",),
             ("Infrastructure",), SECTION_A),
    SynthRow("2.1", "2", _G2,
             "Install tide gauges that feed the national warning platform in real time.",
             ("Number of gauges connected.",),
             ("Interior-Civil Protection", "Meteorological Institute"), SECTION_A),
    SynthRow("2.2", "2", _G2,
             "Hold a yearly evacuation exercise in each coastal municipality, with schools and care homes taking part.",
             ("Exercises held.", "Share of municipalities covered."),
             ("Interior-Civil Protection",), SECTION_A),
    SynthRow("3", "3", _G3,
             "Offer grants for flood-proofing the homes of low-income households in risk zones.",
             ("Grants awarded.", "Homes adapted."),
             ("Housing", "Finance"), SECTION_A),
    SynthRow("4.1", "4", "Keep essential services running during floods.",
             "Move emergency generators of hospitals above the reference flood level.",
             ("Hospitals with protected generators.",),
             ("Health",), SECTION_B),
    SynthRow("4.2", "4", "Keep essential services running during floods.",
             "Agree with water utilities on a minimum supply of drinking water during a crisis.",
             ("Agreements signed.",),
             ("Environment", "Health"), SECTION_B),
    SynthRow("5.1", "5", _G5,
             "Set up neighbourhood resilience committees with a budget of their own.",
             ("Committees set up.",),
             ("Social Affairs (coordination)", "Interior"), SECTION_B),
    SynthRow("5.2", "5", _G5,
             "Translate flood information leaflets into the five most spoken languages.",
             ("Leaflets distributed.",),
             ("Social Affairs",), SECTION_B),
    SynthRow("5.3", "5", _G5,
             "Train volunteers in first aid and sandbagging.",
             ("Volunteers trained.",),
             ("Interior-Civil Protection", "Red Cross liaison office"), SECTION_B),
)


def expected_departments(row: SynthRow) -> list[str]:
    """Departments as the registry should hold them: the coordination marker removed."""
    return [d.replace("(coordination)", "").strip() for d in row.departments]


def expected_coordinators(row: SynthRow) -> list[str]:
    return [d.replace("(coordination)", "").strip() for d in row.departments if "(coordination)" in d]
