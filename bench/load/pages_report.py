"""Report of bench/pages.sh: markdown on standard output.

    pages_report.py FACTS RESULTS_TSV JSTAT_PORTAL RSS_PORTAL JSTAT_PETCLINIC RSS_PETCLINIC

FACTS holds key=value lines (case=id|label|server|kind|bytes, one per request); RESULTS_TSV one
line per wrk run: round, server (nginx, portal, petclinic), case id, req/s, p50, p95, p99 (ms),
errors, requests. The jstat files are `jstat -gc` output sampled during the server's runs, the
RSS files its VmRSS in kB. Figures over several rounds are medians.
"""

import statistics
import sys
from collections import defaultdict

PAGE_SHARE = 0.25  # of nginx's rate for a static file of the same size
PAGE_P99_MS = 20.0
PETCLINIC_RATIO = 20.0
CSS_SHARE = 0.25
HEAP_MB = 512


def read_facts(path):
    facts, cases = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            if key == "case":
                cid, label, server, kind, size = value.split("|")
                cases.append({"id": cid, "label": label, "server": server, "kind": kind, "bytes": int(size)})
            else:
                facts[key] = value
    return facts, cases


def read_results(path):
    runs = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            _, server, cid, rps, p50, p95, p99, errors, requests = line.split("\t")
            runs[(server, cid)].append({"rps": float(rps), "p50": float(p50), "p95": float(p95),
                                        "p99": float(p99), "errors": int(errors), "requests": int(requests)})
    return {key: {name: (sum(r[name] for r in rs) if name in ("errors", "requests")
                         else statistics.median(r[name] for r in rs))
                  for name in rs[0]} | {"rounds": len(rs)} for key, rs in runs.items()}


def read_jstat(path):
    """Heap used (MB) at most, old generation at most, committed at most, GC counts and seconds."""
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                if fields and fields[0][0].isdigit():
                    rows.append([float(x) if x != "-" else 0.0 for x in fields])
    except FileNotFoundError:
        return None
    if not rows:
        return None
    # S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT
    used = max((r[2] + r[3] + r[5] + r[7]) / 1024 for r in rows)
    old = max(r[7] / 1024 for r in rows)
    committed = max((r[0] + r[1] + r[4] + r[6]) / 1024 for r in rows)
    first, last = rows[0], rows[-1]
    return {"used": used, "old": old, "committed": committed, "samples": len(rows),
            "ygc": int(last[12] - first[12]), "ygct": last[13] - first[13],
            "fgc": int(last[14] - first[14] + last[16] - first[16]), "gct": last[18] - first[18]}


def read_rss(path):
    try:
        with open(path, encoding="utf-8") as f:
            values = [int(line) for line in f if line.strip().isdigit()]
    except FileNotFoundError:
        return None
    return max(values) / 1024 if values else None


def verdict(ok):
    return "met" if ok else "**MISSED**"


def fmt(value, digits=1):
    return f"{value:,.{digits}f}"


def main():
    facts, cases = read_facts(sys.argv[1])
    results = read_results(sys.argv[2])
    heap, rss = read_jstat(sys.argv[3]), read_rss(sys.argv[4])
    pc_heap, pc_rss = read_jstat(sys.argv[5]), read_rss(sys.argv[6])
    smoke = facts["smoke"] == "yes"
    out = []
    w = out.append
    w("# Public pages side by side: portal, nginx, spring-petclinic" + (" (SMOKE RUN)" if smoke else ""))
    w("")
    if smoke:
        w(f"**Smoke run: {facts['warmup']} s warm-up and {facts['duration']} s per request, {facts['rounds']} round, on a "
          "machine shared with other work under load. It shows that `bench/pages.sh` works end to end; its figures "
          "are not the measurement (that is the default run, `bench/pages.sh`, 5 s + 15 s, on a quiet machine).**")
        w("")
    if facts.get("note"):
        w(f"Note: {facts['note']}")
        w("")
    w(f"Measured by `bench/pages.sh` on {facts['cpu']}; load average {facts['load_before']} before the run, "
      f"{facts['load_after']} after it. PostgreSQL {facts['postgres']}, Java {facts['java']}, nginx {facts['nginx']}, "
      f"wrk {facts['wrk']}. nginx, the portal, spring-petclinic, PostgreSQL and wrk share the same cores.")
    w("")
    w(f"Each request: `wrk -t{facts['threads']} -c{facts['connections']}` over loopback, {facts['warmup']} s warm-up then "
      f"{facts['duration']} s measured, {facts['rounds']} round(s) (medians over rounds), "
      + ("gzip accepted (nginx compresses too)" if facts["gzip"] == "yes" else "no compression (wrk sends no Accept-Encoding)")
      + "; percentiles from `bench/lua/percentiles.lua`. One server is under load at a time: nginx's copy of a "
      "request, then the request itself.")
    w("")
    w(f"- **portal**: its jar, no proxy, `{facts['java_opts']}`, database `{facts['db']}` "
      f"({int(facts['results']):,} results, {int(facts['contracts']):,} contracts), started in {facts['startup']} s.")
    w("- **nginx same size**: nginx (`worker_processes auto`, access log off, sendfile) serving, for each request, "
      "its body saved once with curl as a static file: the same bytes, so the same size; for a stylesheet the "
      "stylesheet itself.")
    if facts.get("petclinic"):
        w(f"- **spring-petclinic** ({facts['petclinic']}), built from its public repository outside the project, "
          f"profile `postgres` on its own database, `{facts['java_opts']}`.")
    w("")
    w("| request | bytes | req/s | nginx same size req/s | % of nginx | p50 ms | p99 ms | errors | targets |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    verdicts = []
    for case in cases:
        r, n = results.get((case["server"], case["id"])), results.get(("nginx", case["id"]))
        if not r or not n:
            continue
        share = r["rps"] / n["rps"] if n["rps"] else 0.0
        kind, target = case["kind"], ""
        if kind == "css":
            ok = share >= CSS_SHARE
            target = f">= {CSS_SHARE:.0%} of nginx: {verdict(ok)}"
            verdicts.append((f"portal stylesheet {case['label'].split()[1]} >= {CSS_SHARE:.0%} of nginx's rate", ok))
        elif case["server"] == "portal":
            ok_rate, ok_p99 = share >= PAGE_SHARE, r["requests"] > 0 and r["p99"] < PAGE_P99_MS
            target = f"rate {verdict(ok_rate)}, p99 {verdict(ok_p99)}"
            verdicts.append((f"{case['label']}: >= {PAGE_SHARE:.0%} of nginx and p99 < {PAGE_P99_MS:.0f} ms",
                             ok_rate and ok_p99))
        if r["errors"]:
            target += ", ERRORS"
        if not r["requests"]:
            target += f" (no answer within the {facts['duration']} s)"
        w(f"| {case['label']} | {case['bytes']:,} | {fmt(r['rps'])} | {fmt(n['rps'])} | {share:.0%} | {fmt(r['p50'], 2)} "
          f"| {fmt(r['p99'], 2)} | {r['errors']} | {target} |")
    w("")
    w(f"Targets: each portal page >= {PAGE_SHARE:.0%} of nginx's rate for the same-size file and p99 < {PAGE_P99_MS:.0f} ms; "
      f"each stylesheet >= {CSS_SHARE:.0%} of nginx's rate for it.")
    w("")
    w("### nginx, the reference")
    w("")
    w("| nginx copy of | bytes | req/s | p50 ms | p99 ms | errors |")
    w("|---|---:|---:|---:|---:|---:|")
    for case in cases:
        n = results.get(("nginx", case["id"]))
        if n:
            w(f"| {case['label']} | {case['bytes']:,} | {fmt(n['rps'])} | {fmt(n['p50'], 2)} | {fmt(n['p99'], 2)} | {n['errors']} |")
    w("")
    if facts.get("petclinic"):
        w("## Portal against spring-petclinic")
        w("")
        w("| portal | req/s | petclinic | req/s | portal / petclinic | target |")
        w("|---|---:|---|---:|---:|---|")
        by_kind = {c["kind"]: c for c in cases}
        for mine, theirs, target in (("list", "pc-list", True), ("detail", "pc-detail", True), ("page", "pc-page", False)):
            a = by_kind.get(mine) if mine != "page" else next((c for c in cases if c["id"] == "home"), None)
            b = by_kind.get(theirs)
            if not a or not b:
                continue
            ra, rb = results[(a["server"], a["id"])], results[(b["server"], b["id"])]
            ratio = ra["rps"] / rb["rps"] if rb["rps"] else 0.0
            text = f">= {PETCLINIC_RATIO:.0f}x: {verdict(ratio >= PETCLINIC_RATIO)}" if target else "(for information)"
            if target:
                verdicts.append((f"{a['label']} >= {PETCLINIC_RATIO:.0f}x {b['label']}", ratio >= PETCLINIC_RATIO))
            w(f"| {a['label']} | {fmt(ra['rps'])} | {b['label']} | {fmt(rb['rps'])} | {ratio:.1f}x | {text} |")
        w("")
    w("## Memory")
    w("")
    if heap:
        ok = heap["used"] < HEAP_MB
        verdicts.append((f"portal heap used under load < {HEAP_MB} MB", ok))
        w(f"Portal, sampled every 0.5 s by `jstat -gc` during its runs ({heap['samples']} samples): heap used at most "
          f"**{heap['used']:.0f} MB** (target < {HEAP_MB} MB: {verdict(ok)}), old generation at most {heap['old']:.0f} MB, "
          f"committed at most {heap['committed']:.0f} MB, under `{facts['java_opts']}`; {heap['ygc']} young GCs "
          f"({heap['ygct']:.2f} s) and {heap['fgc']} full/concurrent cycles during the samples, {heap['gct']:.2f} s of GC in all.")
    if facts.get("live_kb"):
        w(f"Live set after the run (`jcmd GC.run`, then `GC.heap_info`): {int(facts['live_kb']) / 1024:.0f} MB.")
    if rss:
        w(f"Resident set under load at most {rss:.0f} MB (peak of the process {facts['rss_peak']} MB, start-up included).")
    if pc_heap or pc_rss:
        w("")
        w((f"spring-petclinic, the same way: heap used at most {pc_heap['used']:.0f} MB, " if pc_heap else "spring-petclinic: ")
          + (f"resident set under load at most {pc_rss:.0f} MB (peak {facts['pc_rss_peak']} MB)." if pc_rss else ""))
    w("")
    w("## Targets")
    w("")
    met = sum(1 for _, ok in verdicts if ok)
    w(f"{met} of {len(verdicts)} met" + (" (smoke run: durations too short and a loaded machine; not a verdict)." if smoke else "."))
    w("")
    for text, ok in verdicts:
        w(f"- {text}: {verdict(ok)}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
