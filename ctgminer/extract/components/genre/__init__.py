"""Document genre: article, signed convention or council deliberation; the convention's own parties, dates and period."""
