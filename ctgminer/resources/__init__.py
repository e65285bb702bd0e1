"""Package data: taxonomy, gazetteer, pattern files, evaluation floors."""
