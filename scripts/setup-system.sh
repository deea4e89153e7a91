#!/usr/bin/env bash
# Installs the Debian packages the pipeline uses, only those that are missing (idempotent, fast when done).
#   dataset-fashion-mnist  the real Fashion-MNIST (IDX files in /usr/share/datasets/fashion-mnist)
#   g++                    hls4ml's C simulation
#   yosys                  open-source synthesis of the multiplier-free designs
# With --test also what only the tests use:
#   chromium               renders the HTML report headless (tests/report/test_workflow_report.py)
# (the SLURM test installs slurm-wlm and munge itself, as it must also run where they are absent)
set -euo pipefail
packages=(dataset-fashion-mnist g++ yosys)
[ "${1:-}" = "--test" ] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing Debian packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
  exit 2
fi
echo "setup: installing Debian packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
