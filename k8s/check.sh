#!/usr/bin/env bash
# Checks the Kubernetes manifests in k8s/. Run from anywhere; works offline once
# kubernetes-validate is installed (it ships the Kubernetes JSON schemas).
#
#   bash k8s/check.sh
#
# 1. Every built-in resource manifest in k8s/ (not k8s/operators/, whose custom resources
#    have no built-in schema, and not the kustomization files) is validated strictly
#    (unknown fields are errors) against Kubernetes 1.30, the oldest release these
#    manifests support (the preStop sleep action is on by default from 1.30), and against
#    the newest release the installed kubernetes-validate knows.
# 2. The kustomizations build (when kubectl is installed).
# 3. k8s/check_manifests.py cross-checks the manifests against each other and against the
#    server binary (target/debug/xuefa, or $XUEFA_BIN): ports, probes, shutdown timing,
#    and that every environment variable set is one the server reads.
set -euo pipefail
cd "$(dirname "$0")/.."

MIN_KUBE_VERSION=1.30.0
XUEFA_BIN=${XUEFA_BIN:-target/debug/xuefa}

if [[ ! -x "$XUEFA_BIN" ]]; then
  echo "k8s/check.sh: the server binary $XUEFA_BIN is missing; build it first: cargo build -p server" >&2
  echo "  (or set XUEFA_BIN to a built xuefa binary)" >&2
  exit 2
fi

if ! command -v kubernetes-validate >/dev/null 2>&1; then
  echo "installing kubernetes-validate (PyPI)"
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check kubernetes-validate
  hash -r
fi
if command -v kubernetes-validate >/dev/null 2>&1; then
  validate=(kubernetes-validate)
else
  # pip's script directory may not be on PATH; the module runs the same command.
  validate=(python3 -m kubernetes_validate)
fi

validator_version=$("${validate[@]}" --version)
mapfile -t versions < <(python3 - "$MIN_KUBE_VERSION" <<'EOF'
import sys
from kubernetes_validate import utils

known = sorted(set(utils.all_versions()), key=lambda v: tuple(int(x) for x in v.split(".")))
wanted = sys.argv[1]
if wanted not in known:
    sys.exit(f"kubernetes-validate has no schemas for {wanted}; it knows {', '.join(known)}")
print(wanted)
if known[-1] != wanted:
    print(known[-1])
EOF
)

manifests=()
for f in k8s/*.yaml; do
  case "$(basename "$f")" in
    kustomization.yaml) ;;
    *) manifests+=("$f") ;;
  esac
done

echo "== schema validation: kubernetes-validate ${validator_version}, --strict, Kubernetes ${versions[*]}"
echo "   files: ${manifests[*]}"
for v in "${versions[@]}"; do
  "${validate[@]}" --strict --quiet -k "$v" "${manifests[@]}"
  echo "   all ${#manifests[@]} files valid against Kubernetes $v"
done
echo "   not schema-validated (custom resources, CRDs not built in): $(ls k8s/operators/*.yaml | grep -v kustomization.yaml | tr '\n' ' ')"

echo
echo "== kustomize build"
if command -v kubectl >/dev/null 2>&1; then
  for dir in k8s k8s/operators; do
    count=$(kubectl kustomize "$dir" | grep -c '^kind:')
    echo "   kubectl kustomize $dir: $count resources"
  done
else
  echo "   kubectl not installed: skipped (check_manifests.py still checks the resource lists)"
fi

echo
echo "== cross-checks against the server binary"
python3 k8s/check_manifests.py "$XUEFA_BIN"
