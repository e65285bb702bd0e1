"""scikit-learn models of ctgminer."""
