#!/usr/bin/env bash
# A private containerd and two private registries on 127.0.0.1 for the containerd runtime's
# integration tests, plus a tiny busybox image pushed to them.
#
#   tools/ci/containerd-env.sh up     installs what is missing (Debian packages), starts everything,
#                                     writes DIR/env (sourced by the caller) and prints its path
#   tools/ci/containerd-env.sh down   stops what `up` started and removes DIR
#   tools/ci/containerd-env.sh check  fails unless the containerd suites ran, none skipped
#
# DIR is $WARREN_CI_CONTAINERD_DIR or /tmp/warren-ci-containerd. Nothing here touches the host's
# own containerd (/run/containerd/containerd.sock, /var/lib/containerd) or /etc/containerd.
# Needs root (containerd and runc do).
set -euo pipefail

DIR=${WARREN_CI_CONTAINERD_DIR:-/tmp/warren-ci-containerd}
SOCK=$DIR/containerd.sock
NAMESPACE=warren
AUTH_USER=warren-ci
AUTH_PASSWORD=warren-ci-password

log() { echo "containerd-env: $*" >&2; }

install_missing() {
  local missing=()
  command -v containerd >/dev/null || missing+=(containerd)
  command -v runc >/dev/null || [ -x /usr/sbin/runc ] || missing+=(runc)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  command -v skopeo >/dev/null || missing+=(skopeo)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  [ -x /bin/busybox ] || missing+=(busybox-static)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  fi
}

# Waits up to 30 s for a command to succeed.
await() {
  local deadline=$((SECONDS + 30))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      log "timed out waiting for: $*"
      return 1
    fi
    sleep 0.2
  done
}

start_containerd() {
  mkdir -p "$DIR/root" "$DIR/state"
  cat >"$DIR/containerd.toml" <<TOML
version = 2
root = "$DIR/root"
state = "$DIR/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "$SOCK"
[ttrpc]
  address = "$SOCK.ttrpc"
TOML
  # containerd finds containerd-shim-runc-v2 and runc on its PATH.
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    nohup containerd --config "$DIR/containerd.toml" >"$DIR/containerd.log" 2>&1 &
  echo $! >"$DIR/containerd.pid"
  await ctr --address "$SOCK" version
  log "containerd $(ctr --address "$SOCK" version | awk '/Version/ {print $2; exit}') on $SOCK"
}

# Starts a registry on 127.0.0.1 with an OS-assigned port; prints host:port.
start_registry() {
  local name=$1 auth=$2
  local config=$DIR/$name.yml
  {
    echo "version: 0.1"
    echo "log: {level: info}"
    echo "storage: {filesystem: {rootdirectory: $DIR/registry-storage}, delete: {enabled: true}}"
    echo "http: {addr: '127.0.0.1:0'}"
    if [ "$auth" = auth ]; then
      echo "auth: {htpasswd: {realm: warren-ci, path: $DIR/htpasswd}}"
    fi
  } >"$config"
  nohup docker-registry serve "$config" >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
  await grep -q 'listening on' "$DIR/$name.log"
  grep -o 'listening on [^ "]*' "$DIR/$name.log" | head -1 | sed 's/listening on //; s/\[::\]/127.0.0.1/'
}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# An OCI image layout of busybox with one applet link per command, tagged `1`, plus `multi`: an
# image index that lists it for linux/amd64.
build_image() {
  local work=$DIR/image
  rm -rf "$work" && mkdir -p "$work/rootfs/bin" "$work/rootfs/etc" "$work/rootfs/tmp" \
    "$work/layout/blobs/sha256"
  cp /bin/busybox "$work/rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$work/rootfs/bin/$applet"
  done
  echo "root:x:0:0:root:/root:/bin/sh" >"$work/rootfs/etc/passwd"
  echo "root:x:0:" >"$work/rootfs/etc/group"
  chmod 1777 "$work/rootfs/tmp"
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$work/rootfs" \
    -cf "$work/layer.tar" .
  local diff_id; diff_id=$(sha256_of "$work/layer.tar")
  gzip -n -c "$work/layer.tar" >"$work/layer.tar.gz"
  local layer; layer=$(sha256_of "$work/layer.tar.gz")
  local layer_size; layer_size=$(stat -c %s "$work/layer.tar.gz")
  cp "$work/layer.tar.gz" "$work/layout/blobs/sha256/$layer"

  printf '%s' '{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/bin","IMAGE_GREETING=from-image"],"Cmd":["sh"],"WorkingDir":"/"},"rootfs":{"type":"layers","diff_ids":["sha256:'"$diff_id"'"]}}' \
    >"$work/config.json"
  local config; config=$(sha256_of "$work/config.json")
  cp "$work/config.json" "$work/layout/blobs/sha256/$config"

  printf '%s' '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:'"$config"'","size":'"$(stat -c %s "$work/config.json")"'},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:'"$layer"'","size":'"$layer_size"'}]}' \
    >"$work/manifest.json"
  local manifest; manifest=$(sha256_of "$work/manifest.json")
  local manifest_size; manifest_size=$(stat -c %s "$work/manifest.json")
  cp "$work/manifest.json" "$work/layout/blobs/sha256/$manifest"

  printf '%s' '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:'"$manifest"'","size":'"$manifest_size"',"platform":{"architecture":"amd64","os":"linux"}}]}' \
    >"$work/list.json"
  local list; list=$(sha256_of "$work/list.json")
  cp "$work/list.json" "$work/layout/blobs/sha256/$list"

  echo '{"imageLayoutVersion":"1.0.0"}' >"$work/layout/oci-layout"
  printf '%s' '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:'"$manifest"'","size":'"$manifest_size"',"annotations":{"org.opencontainers.image.ref.name":"1"}},{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"sha256:'"$list"'","size":'"$(stat -c %s "$work/list.json")"',"annotations":{"org.opencontainers.image.ref.name":"multi"}}]}' \
    >"$work/layout/index.json"
}

up() {
  install_missing
  if [ -e "$DIR/containerd.pid" ]; then
    log "$DIR holds what an earlier run left; stopping it first"
    down
  fi
  mkdir -p "$DIR" && chmod 700 "$DIR"
  start_containerd
  htpasswd -Bbn "$AUTH_USER" "$AUTH_PASSWORD" >"$DIR/htpasswd"
  local open auth
  open=$(start_registry registry open)
  auth=$(start_registry registry-auth auth)
  build_image
  skopeo copy -q --dest-tls-verify=false "oci:$DIR/image/layout:1" "docker://$open/busybox:1" >&2
  skopeo copy -q --all --dest-tls-verify=false "oci:$DIR/image/layout:multi" \
    "docker://$open/busybox:multi" >&2
  log "registries $open (open) and $auth (user $AUTH_USER), image $open/busybox:1"
  cat >"$DIR/env" <<ENV
export WARREN_CONTAINERD_SOCKET=$SOCK
export WARREN_CONTAINERD_NAMESPACE=$NAMESPACE
export WARREN_TEST_REGISTRY=$open
export WARREN_TEST_AUTH_REGISTRY=$auth
export WARREN_TEST_AUTH_REGISTRY_USER=$AUTH_USER
export WARREN_TEST_AUTH_REGISTRY_PASSWORD=$AUTH_PASSWORD
ENV
  echo "$DIR/env"
}

stop_pid_file() {
  local file=$1
  [ -e "$file" ] || return 0
  local pid; pid=$(cat "$file")
  if kill "$pid" 2>/dev/null; then
    local deadline=$((SECONDS + 10))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

down() {
  if [ -S "$SOCK" ]; then
    # Tasks left by a failed test: kill and delete them so their shims exit.
    for task in $(ctr --address "$SOCK" -n "$NAMESPACE" task ls -q 2>/dev/null); do
      ctr --address "$SOCK" -n "$NAMESPACE" task kill -a -s SIGKILL "$task" 2>/dev/null || true
    done
    sleep 0.5
    for task in $(ctr --address "$SOCK" -n "$NAMESPACE" task ls -q 2>/dev/null); do
      ctr --address "$SOCK" -n "$NAMESPACE" task rm -f "$task" >/dev/null 2>&1 || true
    done
    for container in $(ctr --address "$SOCK" -n "$NAMESPACE" container ls -q 2>/dev/null); do
      ctr --address "$SOCK" -n "$NAMESPACE" container rm "$container" >/dev/null 2>&1 || true
    done
  fi
  stop_pid_file "$DIR/registry.pid"
  stop_pid_file "$DIR/registry-auth.pid"
  stop_pid_file "$DIR/containerd.pid"
  # Shims of this containerd only (their -address names our private socket).
  for pid in $(pgrep -f -- "-address $SOCK" || true); do kill -9 "$pid" 2>/dev/null || true; done
  if [ -d "$DIR" ]; then
    { grep -o " $DIR/[^ ]*" /proc/mounts || true; } | sort -r | while read -r mountpoint; do
      umount -l "$mountpoint" 2>/dev/null || true
    done
    rm -rf "$DIR"
  fi
  log "stopped and removed $DIR"
}

# The containerd suites skip without a containerd; in CI that must not pass unnoticed.
check() {
  local reports
  reports="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/modules/adapters-runtime-containerd/target/failsafe-reports"
  for suite in ContainerdRuntimeAdapterIT ContainerdWorkerKilledIT; do
    local report=$reports/TEST-dev.warren.adapters.runtime.containerd.$suite.xml
    if [ ! -e "$report" ]; then
      log "$suite did not run (no $report)"
      return 1
    fi
    local header; header=$(grep -o '<testsuite [^>]*>' "$report" | head -1)
    if ! grep -q ' skipped="0"' <<<"$header" || grep -q ' tests="0"' <<<"$header"; then
      log "$suite skipped tests: $header"
      return 1
    fi
  done
  log "the containerd suites ran against the private containerd"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  check) check ;;
  *) echo "usage: $0 up|down|check" >&2; exit 2 ;;
esac
