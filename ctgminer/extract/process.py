"""Analysing the stored corpus: documents that are new or were analysed by another model version."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ctgminer.collect.store import Store
from ctgminer.defaults import BATCH_SIZE
from ctgminer.extract.analyser import Analyser
from ctgminer.schema import Document


def process(store: Store, analyser: Analyser | None = None, batch_size: int = BATCH_SIZE, workers: int = 1,
            on_progress: Callable[[int, int], None] | None = None,
            on_error: Callable[[str], None] | None = None) -> int:
    """Analyse stored documents that are new or were analysed by another model version; returns the count.

    Each record is saved as soon as it is produced (one transaction each), so an interrupted run resumes where
    it stopped; a document that cannot be analysed goes to on_error and the others are analysed.
    """
    analyser = analyser or Analyser(batch_size=batch_size, workers=workers)
    version = analyser.version
    todo = store.ids_to_process(version)
    if not todo:
        return 0
    total = len(todo)

    def jobs() -> Iterator[tuple[int, Document]]:
        for doc_id in todo:  # each text is read when its batch is formed, so memory stays flat
            yield doc_id, store.document(doc_id)

    done = seen = 0
    for outcome in analyser.outcomes(jobs()):
        seen += 1
        if outcome.record is not None:
            store.save_record(outcome.key, outcome.record.to_dict(include_text=False), version)
            done += 1
        elif on_error:
            on_error(outcome.error or outcome.source)
        if on_progress:
            on_progress(seen, total)
    return done
