"""The analysis stage end to end: long texts, bad documents in a batch, workers, streaming writes, exports."""

from __future__ import annotations

import json
import os
import stat

import pandas as pd
import pytest
from conftest import GOOD
from httpserver import LocalServer, Reply

from ctgminer.cli import app
from ctgminer.collect.read import InputError, iter_inputs
from ctgminer.extract.analyser import Analyser, analyse_frame, records_frame
from ctgminer.extract.pipeline import make_doc, split_text
from ctgminer.schema import Caf, CTGRecord, Document, Partner

# council minutes: long, plain paragraphs; the CTG decision comes after a million characters
FILLER = ("Point {n}. Le conseil municipal approuve le compte rendu de la séance précédente. Monsieur le maire présente "
          "les travaux de voirie de la rue des Écoles, le marché de restauration scolaire et les tarifs de la "
          "piscine pour la saison d'été. Après en avoir délibéré, le conseil adopte la délibération à "
          "l'unanimité des membres présents.\n\n")
TAIL = ("Délibération n° 2025-41 : convention territoriale globale. La commune de Cahors et la Caf du Lot "
        "signeront la convention territoriale globale le 12 mars 2025 pour la période 2025-2029, avec une "
        "participation de 38 500 € pour les familles.\n")


def long_text() -> str:
    body = "".join(FILLER.format(n=n) for n in range(1_020_000 // len(FILLER) + 1))
    return body + TAIL


# --- long texts -------------------------------------------------------------------------------------------------
def test_split_text_cuts_at_paragraphs_and_joins_back():
    text = ("Premier paragraphe. " * 30 + "\n\n") * 20
    pieces = split_text(text, limit=1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces) and len(pieces) > 1
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut after a blank line, not inside a sentence
    no_space = "x" * 2500
    assert "".join(split_text(no_space, limit=1000)) == no_space


def test_make_doc_joins_pieces_with_whole_text_offsets(analyser):
    text = ("La Caf du Lot signe. " * 40 + "\n") * 30
    doc = make_doc(analyser.nlp, text, limit=500)
    assert doc.text == text
    whole = analyser.nlp.tokenizer(text)
    assert [t.idx for t in doc] == [t.idx for t in whole]


def _check_long(record: CTGRecord, text: str) -> None:
    assert record.relevance != "unrelated"
    late = [a for a in record.amounts if a.start > 1_000_000]
    assert late, record.amounts
    assert text[late[0].start:late[0].end] == late[0].text and late[0].value == 38500
    assert record.period_end == 2029


def test_long_text_through_the_api_and_a_file(analyser, tmp_path, runner):
    text = long_text()
    assert len(text) > 1_000_000
    _check_long(analyser.analyse_text(text), text)
    big = tmp_path / "proces-verbal.txt"
    big.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyse", str(big), "-f", "jsonl", "-o", str(out), "-w", "1"])
    assert result.exit_code == 0, result.output
    _check_long(CTGRecord.from_dict(json.loads(out.read_text(encoding="utf-8"))), text)


def test_long_text_through_stdin_and_url(runner, analyser):
    text = long_text()
    result = runner.invoke(app, ["analyse", "-", "-f", "jsonl", "-w", "1"], input=text)
    assert result.exit_code == 0, result.output
    _check_long(CTGRecord.from_dict(json.loads(result.stdout)), text)
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</article></body></html>"
    routes = {"/pv": Reply(200, page.encode()), "/robots.txt": Reply(404, b"")}
    with LocalServer(routes) as server:
        result = runner.invoke(app, ["analyse", server.url("/pv"), "-f", "jsonl", "-w", "1"])
    assert result.exit_code == 0, result.output
    record = CTGRecord.from_dict(json.loads(result.stdout))
    assert len(record.text) > 1_000_000 and any(a.value == 38500 for a in record.amounts)


def test_long_text_through_process(tmp_path, analyser):
    from ctgminer.collect.store import Store
    from ctgminer.extract.process import process

    store = Store(tmp_path / "ctg.sqlite")
    for url, text in (("https://a.example/pv", long_text()), ("https://b.example/ctg", GOOD)):
        store.add_text(url, text)
    assert process(store, analyser=analyser) == 2
    assert process(store, analyser=analyser) == 0  # done for good: a rerun has nothing left
    assert store.counts()["analysed"] == 2
    store.close()


# --- one bad document never stops a batch -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def fragile_analyser():
    """The real pipeline plus a component that fails on one marker, as a component bug would."""
    from spacy.language import Language

    from ctgminer.extract.components.base import register_extensions

    register_extensions()
    if "ctg_test_fragile" not in Language.factories:
        @Language.component("ctg_test_fragile")
        def fragile(doc):
            if "PANNE" in doc.text:
                raise RuntimeError("component failure")
            return doc

    analyser = Analyser(batch_size=8)
    analyser._nlp = __import__("spacy").blank("fr")
    analyser._nlp.add_pipe("ctg_test_fragile")
    return analyser


def test_a_failing_document_leaves_the_batch_analysed(fragile_analyser):
    docs = [Document(source=f"d{i}", text=f"Texte {i}" + (" PANNE" if i == 3 else "")) for i in range(6)]
    errors: list[str] = []
    records = list(fragile_analyser.analyse_documents(docs, on_error=errors.append))
    assert [r.source for r in records] == ["d0", "d1", "d2", "d4", "d5"]
    assert len(errors) == 1 and errors[0].startswith("d3:") and "component failure" in errors[0]


def test_workers_keep_order_and_isolate_failures(fragile_analyser):
    fragile_analyser.workers = 2
    try:
        docs = [Document(source=f"d{i}", text=f"Texte {i}" + (" PANNE" if i == 17 else "")) for i in range(60)]
        errors: list[str] = []
        records = list(fragile_analyser.analyse_documents(docs, on_error=errors.append))
    finally:
        fragile_analyser.workers = 1
    assert [r.source for r in records] == [f"d{i}" for i in range(60) if i != 17]
    assert len(errors) == 1 and errors[0].startswith("d17:")


def test_workers_give_the_same_records(analyser, tmp_path):
    texts = [GOOD.replace("Cahors", town) for town in ("Cahors", "Figeac", "Gourdon", "Souillac")] * 6
    one = list(analyser.analyse_documents(Document(source=str(i), text=t) for i, t in enumerate(texts)))
    two = Analyser(workers=2, batch_size=4)
    two._nlp = analyser.nlp
    both = list(two.analyse_documents(Document(source=str(i), text=t) for i, t in enumerate(texts)))
    assert [r.to_dict() for r in both] == [r.to_dict() for r in one]


# --- API refusals and partial results ---------------------------------------------------------------------------
def test_analyse_text_refuses_empty_text(analyser):
    for empty in ("", "   \n "):
        with pytest.raises(InputError, match="empty"):
            analyser.analyse_text(empty)


def test_analyse_frame_keeps_the_good_rows(good_file, tmp_path, analyser):
    with pytest.warns(UserWarning, match="no such file"):
        frame = analyse_frame([str(good_file), str(tmp_path / "missing.txt")])
    assert len(frame) == 1 and frame.loc[0, "signature_date"] == "2025-02-03"
    assert len(frame.attrs["errors"]) == 1 and "missing.txt" in frame.attrs["errors"][0]


def test_missing_input_is_reported_before_the_model_loads(runner, tmp_path, monkeypatch):
    import ctgminer.extract.analyser as analyser_module

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded for a missing file")

    monkeypatch.setattr(analyser_module, "load_pipeline", no_model)
    result = runner.invoke(app, ["analyse", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1, result.output
    assert "no such file" in result.stderr and "nothing could be analysed" in result.stderr


def test_hidden_folders_are_not_walked(tmp_path):
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "note.txt").write_text(GOOD)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(GOOD)
    (tmp_path / ".cache.txt").write_text(GOOD)
    assert [item for item, _ in iter_inputs([str(tmp_path)])] == [str(tmp_path / "pages" / "a.txt")]


# --- outputs ----------------------------------------------------------------------------------------------------
@pytest.fixture()
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_analyse_output_mode_and_format(runner, good_file, tmp_path, fmt, analyser, umask_022):
    target = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["analyse", str(good_file), "-f", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    content = target.read_text(encoding="utf-8")
    if fmt == "table":  # the table itself, not JSON
        assert "signature_date" in content and "2025-02-03" in content and not content.lstrip().startswith("[")
    elif fmt == "json":
        assert json.loads(content)[0]["signature_date"] == "2025-02-03"
    assert not list(tmp_path.glob(".*")) and not list(tmp_path.glob("*.partial"))


def test_stream_keeps_records_written_before_a_failure(tmp_path, analyser):
    from ctgminer.report.export import RecordWriter

    record = analyser.analyse_text(GOOD)
    target = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), RecordWriter("jsonl", target) as writer:
        writer.write(record)
        writer.write(record)
        assert len((tmp_path / "out.jsonl.partial").read_text().splitlines()) == 2  # on disk already
        raise KeyboardInterrupt
    assert len(target.read_text().splitlines()) == 2


def coded_records() -> list[CTGRecord]:
    return [
        CTGRecord(source="a", relevance="announcement", caf=Caf(name="Caf de l'Ain", department_code="01"),
                  partners=[Partner(name="Bourg-en-Bresse", type="commune", insee_code="01053")]),
        CTGRecord(source="b", relevance="announcement", caf=Caf(name="Caf de Corse-du-Sud", department_code="2A"),
                  partners=[Partner(name="Ajaccio", type="commune", insee_code="2A004")]),
        CTGRecord(source="c", relevance="announcement", caf=Caf(name="Caf de La Réunion", department_code="974"),
                  partners=[Partner(name="Saint-Denis", type="commune", insee_code="97411")]),
    ]


def test_codes_stay_text_in_frames_parquet_and_xlsx(tmp_path):
    from ctgminer.report.export import write_records

    frame = records_frame(coded_records())
    assert list(frame["caf_department_code"]) == ["01", "2A", "974"]
    assert str(frame["caf_department_code"].dtype) == "string"
    for fmt in ("parquet", "xlsx"):
        path = tmp_path / f"codes.{fmt}"
        assert write_records(coded_records(), fmt, path) == 3
        back = pd.read_parquet(path) if fmt == "parquet" else pd.read_excel(path)
        assert list(back["caf_department_code"]) == ["01", "2A", "974"]
        assert list(back["partner_insee_codes"]) == ["01053", "2A004", "97411"]


def _store_with_codes(path):
    from ctgminer.collect.store import Store

    store = Store(path)
    for i, record in enumerate(coded_records()):
        url = f"https://example.org/{i}"
        store.add_text(url, f"texte {i}")
        store.save_record(i + 1, record.to_dict(include_text=False), "test")
    store.close()


@pytest.mark.parametrize("fmt", ["xlsx", "parquet", "csv", "jsonl"])
def test_export_formats(runner, tmp_path, fmt, umask_022):
    store = tmp_path / "ctg.sqlite"
    _store_with_codes(store)
    target = tmp_path / f"corpus.{fmt}"
    result = runner.invoke(app, ["export", "--store", str(store), "-f", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    if fmt == "xlsx":
        assert list(pd.read_excel(target)["caf_department_code"]) == ["01", "2A", "974"]
    elif fmt == "parquet":
        assert list(pd.read_parquet(target)["partner_insee_codes"]) == ["01053", "2A004", "97411"]


def test_export_hint_names_the_extra(runner, tmp_path, monkeypatch):
    store = tmp_path / "ctg.sqlite"
    _store_with_codes(store)

    def missing(*args, **kwargs):
        raise ImportError("no pyarrow")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", missing)
    result = runner.invoke(app, ["export", "--store", str(store), "-f", "parquet", "-o", str(tmp_path / "c.pq")])
    assert result.exit_code == 2
    assert "pip install 'ctgminer[export]'" in result.stderr


# --- the statistical model runs only where the parties component reads it ---------------------------------------
SIGNING = [
    "La convention a été signée le 4 avril 2025 par Marie Lenoir, maire de Figeac, et par Paul Girard, "
    "directeur de la Caf du Lot.",
    "J'ai signé aujourd'hui la convention territoriale globale avec la Caf du Var et son directeur Luc Ferrand.",
    "Anne Roux, présidente de la communauté de communes du Grand Figeac, et Hélène Petit, préfète du Lot, "
    "ont signé la convention.",
    "Jacques Morel, vice-président du conseil d'administration de la Caf, a signé la convention.",
]
QUIET = "Les ateliers du mercredi ont lieu à la médiathèque. Le maire a inauguré le nouveau gymnase en mai."


def test_role_words_cover_the_parties_role_pattern():
    from ctgminer.extract.components.parties import patterns as P
    from ctgminer.extract.pipeline import ROLE_WORD

    for phrase in ("vice-présidente de la Caf,", "président du département,", "directrice adjointe,",
                   "sous-préfète de Figeac,", "préfet du Lot.", "mairesse de Cahors,", "adjointe au maire,",
                   "premier adjoint,", "1ère adjointe,", "directeur de la Caf du Var."):
        assert P.ROLE.search(phrase), phrase
        assert ROLE_WORD.search(phrase), phrase


def test_sentence_ner_finds_what_the_full_ner_finds(analyser):
    from ctgminer.extract.analyser import build_record
    from ctgminer.extract.pipeline import DEFAULT_COMPONENTS, signatory_sentences

    nlp = analyser.nlp
    text = " ".join([QUIET, *SIGNING, QUIET])
    record = analyser.analyse_text(text)
    full = make_doc(nlp, text)
    for name in ("tok2vec", "ner", *DEFAULT_COMPONENTS):  # the model over the whole text, then the components
        full = nlp.get_pipe(name)(full)
    reference = build_record(full, Document(source="<text>", text=text))
    assert [s.name for s in record.signatories] == [s.name for s in reference.signatories]
    assert {"Marie Lenoir", "Luc Ferrand", "Anne Roux", "Hélène Petit", "Jacques Morel"} <= {
        s.name for s in record.signatories}
    doc = make_doc(nlp, text)
    picked = "".join(text[s:e] for s, e in signatory_sentences(doc))
    assert "médiathèque" not in picked and "gymnase" not in picked  # never sent to the model


def test_a_page_read_through_the_wrong_encoding_is_repaired(analyser):
    # a mirror site served the UTF-8 page as Central European text: every accent is two characters
    page = ("Le 13 janvier, Valenciennes Métropole et la Caf du Nord ont signé la Convention territoriale globale. "
            "Elle porte sur la jeunesse, l’accès aux droits et le logement.")
    garbled = page.encode("utf-8").decode("cp1250", errors="replace")
    assert "MĂ©tropole" in garbled
    record = analyser.analyse_text(garbled)
    assert "Valenciennes Métropole" in record.text
    assert [p.type for p in record.partners] == ["epci"]
    assert set(record.themes) == {"jeunesse", "acces_aux_droits", "logement"}
    # a clean page is left exactly as written (curly quotes included)
    assert analyser.analyse_text(page).text == page


def test_a_page_wrapped_mid_sentence_is_read_as_sentences(analyser):
    # a magazine PDF's narrow column: every line wraps mid-sentence, words hyphenated at the line's end
    page = ("LE MAG — N°12 — PRINTEMPS 2024\nUNE CONVENTION AVEC LA CAF\nLe 4 mars dernier, la Communauté de com-\n"
            "munes du Val d'Amour et la Caisse d'al-\nlocations familiales du Jura ont signé\nla Convention "
            "territoriale globale\npour les années 2024 à 2028.\nQuatre axes ont été définis :\nAxe 1 – Développer "
            "une offre d'accueil\ndu jeune enfant adaptée aux familles\nAxe 2 – Accompagner les parents dans\n"
            "leur rôle éducatif\n")
    record = analyser.analyse_text(page)
    assert len(record.text) == len(page)  # every offset holds
    assert "la Communauté de communes" in record.text and "Caisse d'allocations" in record.text
    assert set(record.themes) == {"petite_enfance", "parentalite"}
    assert [p.type for p in record.partners] == ["epci"]


def test_short_list_items_in_lower_case_keep_their_lines():
    from ctgminer.text.normalise import unwrap_lines

    page = ("La commune de Dole et la Caf du Jura ont signé hier leur convention territoriale globale pour 2024-2028.\n"
            "Elle a été préparée pendant un an avec les habitants, les associations et les services de la ville.\n"
            "Les axes retenus :\nla petite enfance\nla jeunesse\nle soutien aux parents\nl'accès aux droits\n"
            "Le maire a remercié les équipes de la Caf pour leur travail pendant le diagnostic.")
    assert unwrap_lines(page) == page


def test_lines_a_pdf_wrapped_run_on_among_a_page_of_tables_and_lists():
    # a deliberation or a report from a PDF, wrapped only in its paragraphs: a line ending on a word no sentence ends
    # on runs on whatever the next one opens on, a long unpunctuated line runs on into lower case; a list's short items
    # in lower case, its letter bullets and a line ending on a comma keep their lines
    from ctgminer.text.normalise import unwrap_lines

    page = ("Rapport au conseil\nLa communauté a signé le\n23 mai 2023 avec la Caf de l'Oise la convention territoriale "
            "globale, qui s'ouvre\nà l'accès aux droits et au handicap pour la durée de la convention, sans ordre de\n"
            "priorité.\nObjectifs :\ndévelopper l'accueil\nsoutenir les parents\nLes élus ont retenu les axes suivants "
            "pour la durée de la convention, en lien avec la\nCommunauté\no favoriser l'accès aux loisirs\n")
    out = unwrap_lines(page)
    assert len(out) == len(page)
    assert "a signé le 23 mai 2023" in out and "sans ordre de priorité." in out and "avec la Communauté" in out
    assert "développer l'accueil\nsoutenir les parents\n" in out and "\no favoriser" in out


def test_a_page_typed_without_punctuation_keeps_its_paragraphs():
    # a quick post dictated without a single full stop: its long lowercase lines are its paragraphs, not a layout's
    # wraps (joined, the whole page became one sentence and the fields' enumeration was lost in it)
    from ctgminer.text.normalise import unwrap_lines

    page = ("Infos de la mairie\nla ctg avec la caf de l aisne est signee depuis le 12 mars pour la periode 2024 2028 et "
            "concerne toutes les communes de la communaute\nles elus ont choisi de travailler sur la petite enfance avec "
            "une creche a Guise la jeunesse avec un accueil ados et le soutien aux parents\npour les inscriptions rien "
            "ne change tout se fait toujours en mairie aux heures d ouverture\n")
    assert unwrap_lines(page) == page
    # ... while the same page with its full stops, wrapped by a PDF, is joined
    wrapped = page.replace("communaute\n", "communaute.\n").replace("parents\n", "parents.\n").replace(
        "la periode 2024 2028 et concerne", "la periode 2024 2028 et\nconcerne")
    assert "2024 2028 et concerne" in unwrap_lines(wrapped)
