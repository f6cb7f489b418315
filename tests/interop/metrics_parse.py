#!/usr/bin/env python3
"""Parse an OpenMetrics / Prometheus text exposition with prometheus_client's
own parser (a parser nobody here wrote) and print every sample as JSON:
[{"name": ..., "labels": {...}, "value": ...}, ...]. Exits non-zero if the
text does not parse.

    python3 tests/interop/metrics_parse.py < metrics.txt
"""
import json
import sys

from prometheus_client.openmetrics.parser import text_string_to_metric_families

text = sys.stdin.read()
samples = []
for family in text_string_to_metric_families(text):
    for s in family.samples:
        samples.append({"name": s.name, "labels": dict(s.labels), "value": s.value, "type": family.type})
print(json.dumps(samples))
