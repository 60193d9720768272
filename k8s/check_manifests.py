#!/usr/bin/env python3
"""Cross-checks the manifests in k8s/ against each other and against the xuefa binary.

Run by k8s/check.sh from the repository root (schema validation is done there, by
kubernetes-validate). Usage: python3 k8s/check_manifests.py [path/to/xuefa]

The binary (default target/debug/xuefa, or $XUEFA_BIN) is asked for the environment
variables it reads: clap prints `[env: NAME=` for each in `serve --help` and
`migrate --help`; RUST_LOG is read directly by the log filter.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

K8S = Path("k8s")
OPERATORS = K8S / "operators"
# Built-in resources kept out of kustomization.yaml on purpose (see that file).
NOT_IN_KUSTOMIZATION = {"secret.example.yaml", "migrate-job.yaml"}
# Read by tracing-subscriber's EnvFilter, not through clap.
DIRECT_ENV = {"RUST_LOG"}
# The server's largest request body (server/src/app.rs, MAX_MULTIPART_BODY): 11 MiB.
MAX_UPLOAD_BYTES = 11 * 1024 * 1024

failures: list[str] = []
checked: list[str] = []


def ok(message: str) -> None:
    checked.append(message)
    print(f"  ok   {message}")


def fail(message: str) -> None:
    failures.append(message)
    print(f"  FAIL {message}")


def check(condition: bool, message: str, detail: str = "") -> bool:
    if condition:
        ok(message)
    else:
        fail(message + (f": {detail}" if detail else ""))
    return condition


def load_docs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d]


def server_env_names(binary: Path) -> set[str]:
    names: set[str] = set()
    for command in (["serve", "--help"], ["migrate", "--help"]):
        out = subprocess.run(
            [str(binary), *command], capture_output=True, text=True, check=True
        ).stdout
        found = set(re.findall(r"\[env: ([A-Za-z0-9_]+)=", out))
        if not found:
            sys.exit(f"check_manifests: `{binary} {' '.join(command)}` printed no [env: ...] markers")
        names |= found
    return names | DIRECT_ENV


def parse_size(value: str) -> int:
    """nginx size syntax: 11m, 512k, 1g or bytes."""
    m = re.fullmatch(r"(\d+)([kKmMgG]?)", value.strip())
    if not m:
        return -1
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2).lower()]
    return int(m.group(1)) * scale


def main() -> int:
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("XUEFA_BIN", "target/debug/xuefa"))
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        print(
            f"check_manifests: the server binary {binary} is missing.\n"
            "  Build it first:  cargo build -p server\n"
            "  (or point XUEFA_BIN at a built xuefa binary)",
            file=sys.stderr,
        )
        return 2

    known_env = server_env_names(binary)
    print(f"environment variables the server reads ({binary}): {', '.join(sorted(known_env))}")

    files = sorted(p for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")
    by_kind: dict[str, list[tuple[Path, dict]]] = {}
    for path in files:
        for doc in load_docs(path):
            by_kind.setdefault(doc["kind"], []).append((path, doc))

    def one(kind: str, name: str | None = None) -> dict:
        docs = [d for _, d in by_kind.get(kind, []) if name is None or d["metadata"]["name"] == name]
        if len(docs) != 1:
            sys.exit(f"check_manifests: expected exactly one {kind}{' ' + name if name else ''}, found {len(docs)}")
        return docs[0]

    deployment = one("Deployment", "xuefa")
    configmap = one("ConfigMap", "xuefa-config")
    secret = one("Secret", "xuefa-secrets")
    job = one("Job", "xuefa-migrate")
    service = one("Service", "xuefa")
    ingress = one("Ingress", "xuefa")
    hpa = one("HorizontalPodAutoscaler", "xuefa")
    pdb = one("PodDisruptionBudget", "xuefa")
    cm_data = configmap.get("data", {})

    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    ports = {p.get("name"): p["containerPort"] for p in container.get("ports", [])}

    print("\nports and probes")
    listen = cm_data.get("XUEFA_LISTEN", "")
    m = re.fullmatch(r"(.+):(\d+)", listen)
    if check(bool(m), f"ConfigMap XUEFA_LISTEN={listen!r} is host:port"):
        listen_port = int(m.group(2))
        check(
            ports.get("http") == listen_port,
            f"container port http ({ports.get('http')}) equals the port of XUEFA_LISTEN ({listen_port})",
        )
        check(m.group(1) in ("0.0.0.0", "[::]", "::"), f"XUEFA_LISTEN binds all addresses ({m.group(1)})")

        def probe_port(probe: dict) -> int | None:
            port = probe.get("httpGet", {}).get("port")
            return ports.get(port) if isinstance(port, str) else port

        expected = {"livenessProbe": "/healthz", "readinessProbe": "/readyz", "startupProbe": "/healthz"}
        for probe_name, path in expected.items():
            probe = container.get(probe_name)
            if probe is None:
                if probe_name != "startupProbe":
                    fail(f"{probe_name} is missing")
                continue
            got = probe.get("httpGet", {}).get("path")
            check(got == path, f"{probe_name} path is {path}", f"it is {got!r}")
            check(
                probe_port(probe) == listen_port,
                f"{probe_name} port is the listen port {listen_port}",
                f"it resolves to {probe_port(probe)!r}",
            )

        metrics_listen = cm_data.get("XUEFA_METRICS_LISTEN", "")
        mm = re.fullmatch(r"(.+):(\d+)", metrics_listen)
        if check(bool(mm), f"ConfigMap XUEFA_METRICS_LISTEN={metrics_listen!r} is host:port (metrics off the API port)"):
            metrics_port = int(mm.group(2))
            check(metrics_port != listen_port, f"the metrics port {metrics_port} is not the API port {listen_port}")
            check(
                ports.get("metrics") == metrics_port,
                f"container port metrics ({ports.get('metrics')}) equals the port of XUEFA_METRICS_LISTEN ({metrics_port})",
            )
            annotations = deployment["spec"]["template"]["metadata"].get("annotations", {})
            check(
                str(annotations.get("prometheus.io/port")) == str(metrics_port),
                f"prometheus.io/port ({annotations.get('prometheus.io/port')}) is the metrics port {metrics_port}",
            )
            exposed = {
                ports.get(p["targetPort"]) if isinstance(p["targetPort"], str) else p["targetPort"]
                for p in service["spec"]["ports"]
            }
            check(metrics_port not in exposed, f"the Service does not expose the metrics port {metrics_port}")
        check(
            cm_data.get("XUEFA_INTROSPECTION", "false") == "false" and cm_data.get("XUEFA_GRAPHIQL", "false") == "false",
            "introspection and GraphiQL stay off in production",
        )

        target = service["spec"]["ports"][0]["targetPort"]
        resolved = ports.get(target) if isinstance(target, str) else target
        check(resolved == listen_port, f"Service targetPort {target!r} reaches the listen port {listen_port}")

        server_labels = deployment["spec"]["template"]["metadata"]["labels"]

        def selects_server(selector: dict) -> bool:
            return all(server_labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())

        policies = [d for _, d in by_kind.get("NetworkPolicy", [])]
        allowed = any(
            selects_server(p["spec"].get("podSelector", {})) and p["spec"].get("podSelector")
            and any(
                port.get("port") in (listen_port, "http")
                for rule in p["spec"].get("ingress", [])
                for port in rule.get("ports", [])
            )
            for p in policies
        )
        check(allowed, f"a NetworkPolicy admits traffic to the server pods on {listen_port}")

    print("\nshutdown")
    grace = int(cm_data.get("XUEFA_SHUTDOWN_GRACE_SECONDS", "20"))
    sleep = container.get("lifecycle", {}).get("preStop", {}).get("sleep", {}).get("seconds", 0)
    termination = pod.get("terminationGracePeriodSeconds", 30)
    check(
        termination > grace,
        f"terminationGracePeriodSeconds ({termination}) > XUEFA_SHUTDOWN_GRACE_SECONDS ({grace})",
    )
    check(
        termination > sleep + grace,
        f"terminationGracePeriodSeconds ({termination}) > preStop sleep ({sleep}) + drain ({grace})",
    )
    check(sleep > 0, f"a preStop sleep ({sleep} s) lets endpoints update before the drain")

    print("\nenvironment variables")
    sources: dict[str, set[str]] = {
        "ConfigMap xuefa-config": set(cm_data),
        "Secret example xuefa-secrets": set(secret.get("stringData", {})) | set(secret.get("data", {})),
    }
    for label, workload in (("Deployment xuefa", deployment), ("Job xuefa-migrate", job)):
        names: set[str] = set()
        for c in workload["spec"]["template"]["spec"].get("containers", []) + workload["spec"]["template"]["spec"].get("initContainers", []):
            names |= {e["name"] for e in c.get("env", [])}
            for ref in c.get("envFrom", []):
                if "configMapRef" in ref:
                    check(ref["configMapRef"]["name"] == "xuefa-config", f"{label} takes env from ConfigMap xuefa-config")
                if "secretRef" in ref:
                    check(ref["secretRef"]["name"] == "xuefa-secrets", f"{label} takes env from Secret xuefa-secrets")
                if ref.get("prefix"):
                    fail(f"{label} uses an envFrom prefix {ref['prefix']!r}; the server reads unprefixed names")
        sources[label] = names
    for label, names in sources.items():
        unknown = sorted(names - known_env)
        check(
            not unknown,
            f"{label} sets only variables the server reads ({', '.join(sorted(names)) or 'none'})",
            f"the server does not read {', '.join(unknown)}",
        )
    everything = set().union(*sources.values())
    for required in ("DATABASE_URL", "REDIS_URL"):
        # Without REDIS_URL each replica keeps its own in-process live exam store.
        check(required in everything, f"{required} is provided (several replicas need a shared database and Redis)")

    print("\nworkloads")
    check(container.get("args") == ["serve"], "Deployment runs `xuefa serve`")
    (job_container,) = job["spec"]["template"]["spec"]["containers"]
    check(job_container.get("args") == ["migrate"], "Job runs `xuefa migrate`")
    check(
        job_container["image"] == container["image"],
        f"Job and Deployment use the same image ({container['image']})",
        f"{job_container['image']} vs {container['image']}",
    )
    check("replicas" not in deployment["spec"], "Deployment leaves spec.replicas to the HPA")
    check(
        hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
        and hpa["spec"]["scaleTargetRef"]["kind"] == "Deployment",
        "HPA scales Deployment xuefa",
    )
    check(
        pdb["spec"].get("minAvailable", 0) < hpa["spec"]["minReplicas"],
        f"PDB minAvailable ({pdb['spec'].get('minAvailable')}) < HPA minReplicas ({hpa['spec']['minReplicas']}), so nodes can drain",
    )
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    for label, selector in (
        ("Deployment selector", deployment["spec"]["selector"]["matchLabels"]),
        ("Service selector", service["spec"]["selector"]),
        ("PDB selector", pdb["spec"]["selector"]["matchLabels"]),
    ):
        check(
            all(pod_labels.get(k) == v for k, v in selector.items()),
            f"{label} matches the server pods",
        )
    job_labels = job["spec"]["template"]["metadata"]["labels"]
    check(
        not all(job_labels.get(k) == v for k, v in service["spec"]["selector"].items()),
        "the migration Job's pods are not selected by the Service",
    )

    print("\ningress")
    body = ingress["metadata"].get("annotations", {}).get("nginx.ingress.kubernetes.io/proxy-body-size", "1m")
    check(
        parse_size(body) >= MAX_UPLOAD_BYTES,
        f"ingress-nginx proxy-body-size {body} admits the server's 11 MiB uploads",
    )
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    check(backend["name"] == service["metadata"]["name"], "Ingress routes to Service xuefa")

    print("\nkustomizations")
    for directory, exempt in ((K8S, NOT_IN_KUSTOMIZATION), (OPERATORS, set())):
        kustomization = load_docs(directory / "kustomization.yaml")[0]
        listed = kustomization.get("resources", [])
        missing = [r for r in listed if not (directory / r).exists()]
        check(not missing, f"{directory}/kustomization.yaml lists only existing files", ", ".join(missing))
        present = {p.name for p in directory.glob("*.yaml") if p.name != "kustomization.yaml"}
        unlisted = sorted(present - set(listed) - exempt)
        check(not unlisted, f"{directory}/kustomization.yaml lists every manifest there", ", ".join(unlisted))
        leaked = sorted(set(listed) & exempt)
        check(not leaked, f"{directory}/kustomization.yaml leaves out {', '.join(sorted(exempt)) or 'nothing'}", ", ".join(leaked))

    print()
    if failures:
        print(f"check_manifests: {len(failures)} of {len(checked) + len(failures)} checks FAILED:")
        for f in failures:
            print(f"  - {f}")
        return 1
    print(f"check_manifests: all {len(checked)} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
