"""Times Python's xmlrpc.client on the benchmark's documents, in its own process, and prints JSON.

Input (stdin): {"cases": [{"name", "kind": "decode" | "encode" | "memory", "path", "minRuns", "maxRuns", "minSeconds",
"batchSeconds"}]}. decode: loads() of the file's bytes; encode: dumps() of the params in the file (tagged JSON, see
shared/conformance/README.md); memory: peak RSS growth while loads() runs on the file (run it in a fresh process).
Output: {"<name>": {"medianSeconds", "samples"} | {"extraPeakBytes", "retainedBytes"}}.
"""
import base64
import gc
import json
import resource
import statistics
import sys
import time
import xmlrpc.client


def untag(value):
    if isinstance(value, list):
        return [untag(item) for item in value]
    if isinstance(value, dict):
        if len(value) == 1:
            ((key, item),) = value.items()
            if key == "$int":
                return int(item)
            if key == "$double":
                return float(item)
            if key == "$datetime":
                return xmlrpc.client.DateTime(item)
            if key == "$base64":
                return xmlrpc.client.Binary(base64.b64decode(item))
            if key == "$nil":
                return None
        return {key: untag(item) for key, item in value.items()}
    return value


def measure(run, case):
    start = time.perf_counter()
    run()
    calls = 1
    while time.perf_counter() - start < 0.3:  # warm-up, as on the JS side
        run()
        calls += 1
    per_call = (time.perf_counter() - start) / calls
    batch = max(1, int(case.get("batchSeconds", 0) / max(per_call, 1e-6)))
    samples = []
    began = time.perf_counter()
    while len(samples) < case["maxRuns"] and (
        len(samples) < case["minRuns"] or time.perf_counter() - began < case["minSeconds"]
    ):
        start = time.perf_counter()
        for _ in range(batch):
            run()
        samples.append((time.perf_counter() - start) / batch)
    return {"medianSeconds": statistics.median(samples), "samples": samples}


def current_rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def memory(path):
    with open(path, "rb") as file:
        data = file.read()
    gc.collect()
    before = current_rss()
    result = xmlrpc.client.loads(data)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    gc.collect()
    retained = current_rss() - before
    assert result is not None
    return {"extraPeakBytes": peak - before, "retainedBytes": retained}


def main():
    job = json.load(sys.stdin)
    results = {}
    for case in job["cases"]:
        if case["kind"] == "memory":
            results[case["name"]] = memory(case["path"])
        elif case["kind"] == "decode":
            with open(case["path"], "rb") as file:
                data = file.read()
            results[case["name"]] = measure(lambda: xmlrpc.client.loads(data), case)
        else:
            with open(case["path"], encoding="utf-8") as file:
                params = tuple(untag(json.load(file)))
            results[case["name"]] = measure(
                lambda: xmlrpc.client.dumps(params, methodname=case["method"], allow_none=True), case
            )
    json.dump(results, sys.stdout)


main()
