"""Shared text tools: folding, numbers, sentences, language id and the cues every stage reads."""
