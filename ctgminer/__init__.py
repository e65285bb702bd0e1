"""ctgminer: text mining of Conventions territoriales globales (CTG) announcements."""

__version__ = "0.1.0"

from ctgminer.extract.analyser import Analyser, analyse, analyse_frame, load_pipeline  # noqa: E402

__all__ = ["Analyser", "analyse", "analyse_frame", "load_pipeline", "__version__"]
