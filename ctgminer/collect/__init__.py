"""Collection: fetching, politeness, crawling, the corpus store."""
