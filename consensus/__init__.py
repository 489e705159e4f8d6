"""consensus: raw critic reviews in, an explainable film report out.

The whole flow lives in `consensus.pipeline`: `analyze(document) -> Review`
and `aggregate(reviews) -> FilmReport`. Everything else (CLI, web app, store,
Dask runner, evaluation scripts) calls those two functions.
"""

__version__ = "0.1.0"

# Bump when extraction changes what a stored Review would contain: the store
# re-analyzes reviews stored by an older analyzer.
ANALYZER_VERSION = "2"
