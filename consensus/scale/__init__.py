"""Batch ingestion at scale: the same `analyze` in this process, on a Dask LocalCluster, or on a Dask cluster.

    with open_runner(workers=2) as runner:                # or scheduler="tcp://host:8786", or neither
        summary = ingest(["reviews/", "more.jsonl"], store, runner)

`inputs` streams and hashes what is read, `work` is what runs on a worker,
`runners` decides where, `ingest` is the one writer, `progress` the bar.
"""

from consensus.scale.ingest import BATCH_SIZE, CHUNK_SIZE, IngestSummary, ingest
from consensus.scale.runners import ClusterError, open_runner

__all__ = ["BATCH_SIZE", "CHUNK_SIZE", "ClusterError", "IngestSummary", "ingest", "open_runner"]
