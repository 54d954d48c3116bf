#!/usr/bin/env python3
"""The report of bench/cluster.sh, from what the run left in its work folder:

  cluster_report.py WORK > bench/results/cluster-<date>.md

WORK/facts (key=value lines written by the script), WORK/marks (phase start and end times),
WORK/throughput.jsonl (one wrk run per line), WORK/lag.tsv (the nodes' and the primary's view of
the replica's lag, every second), WORK/run/ (bench/load/portal_load.py's summary and events).
Exits 1 when an acknowledged like or contract is missing or the login was lost.
"""
import json
import math
import os
import sys

work = sys.argv[1]
f = {}
for line in open(os.path.join(work, "facts")):
    key, _, value = line.rstrip("\n").partition("=")
    f[key] = value
marks = {}
for line in open(os.path.join(work, "marks")):
    name, at = line.rstrip("\n").split("\t")
    marks[name] = float(at)
summary = json.load(open(os.path.join(work, "run", "summary.json")))
events = [line.rstrip("\n").split("\t") for line in open(os.path.join(work, "run", "events.tsv"))]
throughput = [json.loads(line) for line in open(os.path.join(work, "throughput.jsonl"))]
lags = [line.rstrip("\n").split("\t") for line in open(os.path.join(work, "lag.tsv"))]
WRITES = ("like", "admin-contract-create", "admin-contract-edit", "login")


def failed_in(start, end):
    ended = [e for e in events if start <= float(e[1]) <= end]
    bad = [e for e in ended if e[4] != "ok"]
    gets = [e for e in bad if e[2] not in WRITES]
    kinds = {}
    for e in bad:
        key = f"{e[2]} {e[3]} ({e[4]})"
        kinds[key] = kinds.get(key, 0) + 1
    return len(ended), len(bad), len(gets), ", ".join(f"{n} × {k}" for k, n in sorted(kinds.items())) or "none"


def num(value):
    try:
        number = float(value)
    except ValueError:
        return None
    return None if math.isnan(number) else number


lag_values = [num(row[1]) for row in lags if len(row) > 1 and num(row[1]) is not None]
replay_values = [num(row[2]) for row in lags if len(row) > 2 and num(row[2]) is not None]
likes_missing = int(f["likes_missing"])
contracts_missing = int(f["contracts_missing"])
ok = likes_missing == 0 and contracts_missing == 0 and f["login_ok"] == "yes"
wrk_lost = sum(t["result"]["likes_lost"] for t in throughput)

print("# Several nodes behind nginx, with a streaming replica, measured")
print()
print(f"Measured from {f['start']} to {f['end']} by `bench/cluster.sh --phase-seconds {f['phase']}` on {f['machine']}, "
      f"load average {f['load0']} at the start and {f['load1']} at the end: the machine was shared with other work "
      f"(other test suites and portals), so the rates below measure that machine as much as the portal. "
      f"Portal commit {f['commit']}.")
print(f"Primary: the PostgreSQL on {f['primary_port']}, database `{f['db']}` (the demo data set); replica: a second "
      f"cluster on {f['replica_port']} made by `pg_basebackup -X stream -R` ({f['basebackup_seconds']} s for the whole "
      f"server), streaming. Nodes: the jar with `-Xmx{f['heap']}` on {f['node_ports']}, each with "
      f"`SPRING_DATASOURCE_REPLICA_URL` naming the replica; nginx on {f['nginx_port']} with "
      f"`deploy/nginx/portal.conf` (upstream rewritten to loopback). The nodes took {f['startup']} s to be ready "
      f"(the first also migrated and loaded the demo data).")
print()
print("## Verdict")
print()
print(f"**{'PASS' if ok else 'FAIL'}**: acknowledged likes missing from the database: **{likes_missing}** "
      f"(of {summary['likes']['acknowledged']} under faults) and **{wrk_lost}** in the throughput runs (of "
      f"{sum(t['result']['likes_acked'] for t in throughput)}); acknowledged contracts missing: **{contracts_missing}** "
      f"(of {summary['contracts']['acknowledged']}, {f['contracts_in_db']} in the database); the organizer's login "
      f"made at the start, after every node was restarted: {f['login_ok']} ({f['login']}).")
print()
print("## 1. Throughput through nginx")
print()
print(f"wrk -t2 -c{f['connections']} -d{f['phase']}s, `bench/load/cluster.lua`: 90 % pages (home, results, search, "
      "a result, areas, contracts, awards, the hall's list) as anonymous visitors, 10 % likes. Pages come from each "
      "node's memory (the page cache) unless a change or their time to live dropped them. Likes: acknowledged by wrk "
      "(200 with `\"counted\":true`) against new `result_likes` rows. *Node CPU* is the CPU time all portal "
      "processes used during the run divided by its requests.")
print()
print("| nodes | public lists read from | requests/s | p50 ms | p99 ms | failed | likes acknowledged | like rows added | lost | node CPU ms per request |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for t in throughput:
    r = t["result"]
    cpu = r.get("cpu_ms_per_request")
    print(f"| {t['nodes']} | {t['reads']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['failed']} | "
          f"{r['likes_acked']} | {r['like_rows']} | {r['likes_lost']} | {cpu if cpu is not None else '?'} |")
cpus = sorted(t["result"]["cpu_ms_per_request"] for t in throughput if t["result"].get("cpu_ms_per_request"))
if cpus:
    cpu = cpus[len(cpus) // 2]
    print()
    print(f"**What it predicts.** On these 2 shared cores more nodes add no CPU: every node, both PostgreSQL "
          f"servers, nginx and wrk share them, so the differences between 1, 2 and 3 nodes here come from "
          f"contention and from the other work on the machine, not from what a node can serve. What carries over is "
          f"the cost of a request in a node: {cpu:.2f} ms of CPU (median of the runs). "
          f"A node with C cores of its own serves about C × 1000 / {cpu:.2f} requests/s of this mix at full use; at "
          f"70 % use, to keep latency low:")
    print()
    print("| cores per node | requests/s per node (70 %) | 3 nodes |")
    print("|---:|---:|---:|")
    for cores in (2, 4, 8, 16):
        per_node = cores * 1000 / cpu * 0.7
        print(f"| {cores} | {per_node:,.0f} | {3 * per_node:,.0f} |")
    print()
    print("Nodes scale out while the database keeps up: the pages come from the nodes' memory, so the database "
          "sees the likes (one commit each, grouped under load), the page renders after a change and the lists "
          "of uncached addresses; the replica takes those lists off the primary. The like rate of one database is "
          "measured separately (docs/scaling.md, counters reports).")
print()
print("## 2. Faults under mixed load")
print()
total = sum(k["requests"] for k in summary["kinds"].values())
print(f"`bench/load/portal_load.py` through nginx for {summary['elapsed']:.0f} s: {summary['attendees']} attendee "
      f"connections (pages, searches, likes as the page's script sends them) and {summary['organizers']} organizer "
      f"sessions (admin lists, new contracts, edits), {total} requests. Requests are counted in the phase in which "
      "they ended (until 5 s after its end). Writes (likes, contract forms, logins) that were in flight on a node "
      "when it died may fail; nginx retries the others on another node.")
print()
print("| phase | requests ending in it | not ok | of them reads | what was not ok |")
print("|---|---:|---:|---:|---|")
phases = (("kill", f"kill -9 of node 2, until it was ready again ({f['kill_restart']} s)"),
          ("replica", f"replica stopped for {f['phase']} s, then started (left by every node within "
                      f"{f['replica_left']} s, back on it within {f['replica_back']} s of its start)"),
          ("rolling", f"rolling restart of the 3 nodes, each out of nginx first (ready after {f['rolling']}s)"))
for name, label in phases:
    n, bad, gets, what = failed_in(marks[f"{name} start"], marks[f"{name} end"] + 5)
    print(f"| {label} | {n} | {bad} | {gets} | {what} |")
n, bad, gets, what = failed_in(0, 1e12)
print(f"| whole run | {n} | {bad} | {gets} | {what} |")
print()
print(f"Likes: {summary['likes']['acknowledged']} acknowledged, {summary['likes']['unanswered']} unanswered (in "
      f"flight when a node died: they may or may not be in the database), {f['like_rows_delta']} new rows; missing: "
      f"{likes_missing}. Contracts: {summary['contracts']['acknowledged']} acknowledged, "
      f"{summary['contracts']['edits']} edits; missing: {contracts_missing}. ERROR lines in the nodes' logs: "
      f"{f['node_errors']}.")
print()
print("## Replica lag")
print()
if lag_values:
    print(f"The nodes' measured lag (`portal_replica_lag_seconds`, sampled every second while the replica was up): "
          f"median {sorted(lag_values)[len(lag_values) // 2]:.3f} s, max {max(lag_values):.3f} s over "
          f"{len(lag_values)} samples.", end=" ")
if replay_values:
    print(f"The primary's `pg_stat_replication.replay_lag`: max {max(replay_values):.3f} s.", end=" ")
print(f"At the end: {f['lag_now']} s by the nodes; the replica: {f['replay_age']}; {f['replica_connections']} "
      f"connections of the nodes' replica pools were open on the replica.")
sys.exit(0 if ok else 1)
