"""Comparing territories: conventions (not pages), a territory frame, theme tables, specificities, peers, trends.

    from ctgminer.compare import load_records, territory_frame, specificities
    frame = territory_frame(load_records(["corpus/demo/records.jsonl"]))
    specificities(frame, "region")
"""

from ctgminer.compare.conventions import conventions, group_records
from ctgminer.compare.frame import POPULATION_BANDS, population_band, territory_frame, theme_labels
from ctgminer.compare.inputs import CompareError, load_records
from ctgminer.compare.peers import peer_gaps, peers
from ctgminer.compare.specificity import lafon, specificities
from ctgminer.compare.tables import GROUP_COLUMNS, group_order, theme_table
from ctgminer.compare.trends import trends, wilson

__all__ = [
    "GROUP_COLUMNS", "POPULATION_BANDS", "CompareError", "conventions", "group_order", "group_records", "lafon", "load_records",
    "peer_gaps", "peers", "population_band", "specificities", "territory_frame", "theme_labels", "theme_table",
    "trends", "wilson",
]
