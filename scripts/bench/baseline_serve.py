"""What both Python baselines share: timing a case, and the bench's `--serve` protocol."""

import json
import sys
import time


def measure(build, runs):
    """Wall and process CPU times of `runs` calls of `build`, in ms, and the last output."""
    times = []
    cpu = []
    output = b""
    for _ in range(runs):
        start = time.perf_counter()
        cpu_start = time.process_time()
        output = build()
        cpu.append((time.process_time() - cpu_start) * 1000)
        times.append((time.perf_counter() - start) * 1000)
    return times, cpu, output


def serve(cases, describe=lambda name, output: {"bytes": len(output)}):
    """Answers "<case> <runs>" lines from stdin, one JSON line each, until stdin ends: the runs'
    times and what `describe` says of the last output (untimed)."""
    print(json.dumps({"ready": True}), flush=True)
    while True:
        line = sys.stdin.readline()
        if not line.strip():
            return
        try:
            name, runs = line.split()
            times, cpu, output = measure(cases[name], int(runs))
            answer = {"wallMs": times, "cpuMs": cpu, **describe(name, output)}
        except Exception as error:  # reported to the bench, which stops
            answer = {"error": f"{type(error).__name__}: {error} (command {line.strip()!r})"}
        print(json.dumps(answer), flush=True)
