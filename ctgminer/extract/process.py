"""Analysing the stored corpus: documents that are new or were analysed by another model version."""

from __future__ import annotations

from collections.abc import Callable

from ctgminer.collect.store import Store
from ctgminer.extract.analyser import Analyser, model_version


def process(store: Store, analyser=None, batch_size: int = 16,
            on_progress: Callable[[int, int], None] | None = None) -> int:
    """Analyse stored documents that are new or were analysed by another model version; returns the count."""
    version = model_version()
    todo = store.to_process(version)
    if not todo:
        return 0
    analyser = analyser or Analyser(batch_size=batch_size)
    done = 0
    for start in range(0, len(todo), batch_size):
        batch = todo[start:start + batch_size]
        docs = [doc for _, doc in batch]
        for (doc_id, _), record in zip(batch, analyser.analyse_documents(docs), strict=True):
            store.save_record(doc_id, record.to_dict(include_text=False), version)  # one transaction each
            done += 1
        if on_progress:
            on_progress(done, len(todo))
    return done
