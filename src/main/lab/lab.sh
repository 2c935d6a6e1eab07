#!/usr/bin/env bash
# lab.sh — the classroom network: test hosts in network namespaces, to sweep without touching the
# school's network. The launcher calls it: ./shell lab up|status|shell [ARGS...]|down
#
# What `up` builds (the addresses never change; the names follow CONCH_LAB_NAME, default conch-lab):
#   namespace LAB          the scanner's side: lo, and bridge br0 with 10.213.0.1/24
#   namespace LAB-hNNN     one per test host: eth0 with 10.213.0.NNN/24; the other end of its veth
#                          pair is port hNNN of br0, inside LAB
#   .2, .8, ... .236       40 hosts that answer ICMP echo
#   .250, .251             ignore ICMP echo, accept TCP connections on port 80 (python3 http.server)
#   .252                   ignores ICMP echo and listens nowhere: a TCP SYN gets a reset
#   any other address      does not exist
#   10.213.32.0/20         the dark block: routed through .253, a gateway that does not exist, so
#                          each of its 4,096 addresses costs a sweep its whole timeout (as silent
#                          hosts behind a router do) for the price of one neighbour entry
# No namespace has a default route, and the machine's own namespace gets no address, route or
# interface, so nothing sent inside the lab can leave it. net.ipv4.ping_group_range keeps its
# default ("1 0", closed) everywhere. Run anything that probes 10.213.0.x inside LAB:
#   ./shell lab shell ARGS...      or      ip netns exec LAB COMMAND...
#
# State (the PIDs and logs of the listeners the lab started) lives in /run/LAB/. Ups and downs, of
# every lab, take turns on one lock file, /run/lock/conch-lab.lock (the one file left after a down).
# Knob: CONCH_LAB_NAME builds a second, independent lab.
set -euo pipefail

PATH="$PATH:/usr/sbin:/sbin"
NET=10.213.0
DARK=10.213.32.0/20
LAB="${CONCH_LAB_NAME:-conch-lab}"
STATE="/run/$LAB"
LOCK=/run/lock/conch-lab.lock
LAUNCHER="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/shell"
USAGE='./shell lab up|status|shell [ARGS...]|down'

# The hosts in address order, and what each answers: icmp, tcp80 (open, no icmp), reset (no icmp).
HOSTS=()
declare -A ANSWERS
for ((i = 0; i < 40; i++)); do HOSTS+=("$((2 + 6 * i))"); ANSWERS[$((2 + 6 * i))]=icmp; done
HOSTS+=(250 251 252)
ANSWERS[250]=tcp80 ANSWERS[251]=tcp80 ANSWERS[252]=reset
LISTENING=(250 251)

say() { printf 'lab: %s\n' "$*"; }
fail() {
  local code=$1
  shift
  printf 'lab: %s\n' "$*" >&2
  exit "$code"
}

host_ns() { printf '%s-h%03d' "$LAB" "$1"; }
port() { printf 'h%03d' "$1"; }
describe() {
  case "${ANSWERS[$1]}" in
    icmp) printf 'icmp' ;;
    tcp80) printf 'tcp 80 open, no icmp' ;;
    reset) printf 'tcp reset, no icmp' ;;
  esac
}

# Every namespace the lab makes: the scanner's first.
lab_namespaces() {
  printf '%s\n' "$LAB"
  local o
  for o in "${HOSTS[@]}"; do host_ns "$o"; echo; done
}
existing_namespaces() { ip netns list 2>/dev/null | awk '{print $1}'; }

# Stops with a message when this machine or user cannot do $1 (e.g. "building the classroom network").
require() {
  [ "$(uname -s)" = Linux ] || fail 2 "$1 needs Linux (network namespaces)"
  [ "$(id -u)" = 0 ] || fail 2 "$1 needs root (network namespaces); run it as root"
  command -v ip >/dev/null 2>&1 || fail 2 "$1 needs the ip command: install iproute2 (apt-get install -y iproute2)"
}

check_name() {
  if [[ ! $LAB =~ ^[a-z][a-z0-9-]{0,19}$ ]] || [[ $LAB =~ -h[0-9]{3}$ ]]; then
    fail 2 "CONCH_LAB_NAME '$LAB': use up to 20 lower-case letters, digits and '-', starting with a letter, not ending in -hNNN"
  fi
}

# Holds the lock until the script ends, so two ups (or an up and a down) never interleave.
lock() {
  mkdir -p "$(dirname "$LOCK")"
  exec 9>"$LOCK"
  flock -w 120 9 || fail 1 "another lab command has held $LOCK for 2 minutes; try again later"
}

# Whether PID $1 is a listener of this lab: alive (not a zombie) and serving this lab's folder.
is_listener() {
  local stat cmd
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [ "${stat%% *}" != Z ] || return 1
  cmd="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
  [[ $cmd == *http.server*"$STATE/www"* ]]
}

# Prints the PID recorded for the listener of host $1 if that process is still the listener; a PID
# the system has since given to another process is never reported, so never killed.
listener_pid() {
  local file pid
  file="$STATE/$(port "$1").pid"
  [ -f "$file" ] || return 1
  pid="$(<"$file")"
  [[ $pid =~ ^[0-9]+$ ]] && is_listener "$pid" && printf '%s' "$pid"
}

# Prints why the lab is not fully up (the first problem found), or nothing when it is.
problem() {
  if [ ! -f "$STATE/built" ]; then
    if anything_left; then echo "its build never finished"; else echo "it is not built"; fi
    return
  fi
  local have o ns out
  have="$(existing_namespaces)"
  for ns in $(lab_namespaces); do
    grep -qx -- "$ns" <<<"$have" || { echo "namespace $ns is missing"; return; }
  done
  out="$(ip -n "$LAB" -o -4 addr show dev br0 up 2>/dev/null)" || true
  [[ $out == *" $NET.1/24 "* ]] || { echo "bridge br0 in $LAB lacks $NET.1/24"; return; }
  out="$(ip -n "$LAB" -o link show master br0 up 2>/dev/null | wc -l)" || true
  [ "$out" -eq "${#HOSTS[@]}" ] || { echo "$out of ${#HOSTS[@]} ports of br0 are up"; return; }
  out="$(ip -n "$LAB" route show "$DARK" 2>/dev/null)" || true
  [ -n "$out" ] || { echo "$LAB has no route to the dark block $DARK"; return; }
  out="$(ip -n "$LAB" route show default 2>/dev/null)" || true
  [ -z "$out" ] || { echo "$LAB has a default route"; return; }
  for o in "${HOSTS[@]}"; do
    out="$(ip -n "$(host_ns "$o")" -o -4 addr show dev eth0 up 2>/dev/null)" || true
    [[ $out == *" $NET.$o/24 "* ]] || { echo "host $NET.$o has no address"; return; }
  done
  for o in "${LISTENING[@]}"; do
    listener_pid "$o" >/dev/null || { echo "the listener of $NET.$o is not running"; return; }
  done
}

# Whether anything of the lab is left: its state folder or any of its namespaces.
anything_left() {
  [ -d "$STATE" ] && return 0
  local have ns
  have="$(existing_namespaces)"
  for ns in $(lab_namespaces); do grep -qx -- "$ns" <<<"$have" && return 0; done
  return 1
}

add_host() {
  local o=$1 ns
  ns="$(host_ns "$o")"
  ip netns add "$ns"
  if [ "${ANSWERS[$o]}" != icmp ]; then
    ip netns exec "$ns" sh -c 'echo 1 >/proc/sys/net/ipv4/icmp_echo_ignore_all'
  fi
  ip -n "$LAB" link add "$(port "$o")" type veth peer name eth0 netns "$ns"
  ip -n "$LAB" link set "$(port "$o")" master br0 up
  ip -n "$ns" -batch - <<EOF
link set lo up
addr add $NET.$o/24 dev eth0
link set eth0 up
EOF
}

# Starts the TCP listener of host $1 in its namespace, detached from this script: its own session,
# input from /dev/null, output to its log, and no other descriptor (not the lock, not a pipe of
# whoever called the script, which would then wait for the listener). Records its PID.
start_listener() {
  local o=$1 python=$2
  (
    for fd in $(ls "/proc/$BASHPID/fd"); do
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
    done
    exec setsid ip netns exec "$(host_ns "$o")" "$python" -m http.server 80 --bind "$NET.$o" \
      --directory "$STATE/www"
  ) </dev/null >"$STATE/$(port "$o").log" 2>&1 &
  echo "$!" >"$STATE/$(port "$o").pid"
}

# Waits, at most 10 s, until a TCP connect from the scanner's side to host $1 port 80 succeeds.
await_listener() {
  local o=$1 try
  for ((try = 0; try < 100; try++)); do
    if ip netns exec "$LAB" timeout 1 bash -c "exec 3<>/dev/tcp/$NET.$o/80" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  fail 1 "the listener of $NET.$o did not accept a connection within 10 s; its log: $(tr '\n' ' ' <"$STATE/$(port "$o").log")"
}

build() {
  local python=$1 o
  mkdir -p "$STATE/www"
  ip netns add "$LAB"
  ip -n "$LAB" -batch - <<EOF
link set lo up
link add br0 type bridge
link set br0 up
addr add $NET.1/24 dev br0
route add $DARK via $NET.253 dev br0
EOF
  for o in "${HOSTS[@]}"; do add_host "$o"; done
  for o in "${LISTENING[@]}"; do start_listener "$o" "$python"; done
  for o in "${LISTENING[@]}"; do await_listener "$o"; done
  touch "$STATE/built"
}

# Stops the listeners this lab started (by recorded PID) and removes its namespaces (their veth
# pairs and the bridge go with them) and its state. Prints what it did.
teardown() {
  local o pid ns have stopped=0 removed=0
  for o in "${LISTENING[@]}"; do
    if pid="$(listener_pid "$o")"; then
      stop "$pid"
      stopped=$((stopped + 1))
    fi
  done
  have="$(existing_namespaces)"
  for ns in $(lab_namespaces); do
    if grep -qx -- "$ns" <<<"$have"; then
      ip netns del "$ns"
      removed=$((removed + 1))
    fi
  done
  rm -rf "$STATE"
  printf '%s namespaces removed, %s listeners stopped' "$removed" "$stopped"
}

# Ends listener $1: SIGTERM, then SIGKILL after 3 s; waits at most 3 s more.
stop() {
  local try
  kill -TERM "$1" 2>/dev/null || return 0
  for ((try = 0; try < 30; try++)); do is_listener "$1" || return 0; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || return 0
  for ((try = 0; try < 30; try++)); do is_listener "$1" || return 0; sleep 0.1; done
  say "listener $1 did not end after SIGKILL" >&2
}

cmd_up() {
  require "building the classroom network"
  local python why summary
  command -v python3 >/dev/null 2>&1 ||
    fail 2 "building the classroom network needs python3 for its TCP listeners: install it (apt-get install -y python3)"
  # the interpreter itself, not a wrapper such as pyenv's shim, so the recorded PID is the listener
  python="$(python3 -c 'import sys; print(sys.executable)')"
  lock
  why="$(problem)"
  if [ -z "$why" ]; then
    say "$LAB is already up ($NET.1 and ${#HOSTS[@]} hosts); nothing to do"
    return 0
  fi
  if anything_left; then
    summary="$(teardown)"
    say "$LAB was half-built ($why): taken down ($summary); building it again"
  fi
  # a step that fails ends the script (set -e); say which, in the lab's words
  set -E
  trap 'fail 1 "building $LAB failed at: $BASH_COMMAND; ./shell lab up tries again, ./shell lab down removes what was built"' ERR
  build "$python"
  trap - ERR
  set +E
  why="$(problem)"
  [ -z "$why" ] || fail 1 "$LAB was built but is not healthy: $why"
  say "$LAB is up: scanner $NET.1/24 in namespace $LAB; ${#HOSTS[@]} hosts: 40 answer icmp (.2, .8, ... .236), .250 .251 tcp 80 open, no icmp; .252 tcp reset, no icmp"
  say "try: ./shell lab shell   (or: ip netns exec $LAB COMMAND)"
}

cmd_status() {
  require "looking at the classroom network"
  local have o ns exists why
  have="$(existing_namespaces)"
  for o in "${HOSTS[@]}"; do
    ns="$(host_ns "$o")"
    exists=missing
    grep -qx -- "$ns" <<<"$have" && exists=exists
    printf '%-13s %-21s namespace %s %s\n' "$NET.$o" "$(describe "$o")" "$ns" "$exists"
  done
  why="$(problem)"
  if [ -z "$why" ]; then
    say "$LAB is up: scanner $NET.1/24 in namespace $LAB, ${#HOSTS[@]} hosts, and the dark block $DARK (silent, via $NET.253, which does not exist)"
    return 0
  fi
  if anything_left; then
    say "$LAB is down: half-built ($why); ./shell lab up builds it again"
  else
    say "$LAB is down; ./shell lab up builds it"
  fi
  return 1
}

cmd_shell() {
  require "entering the classroom network"
  local why
  why="$(problem)"
  [ -z "$why" ] || fail 1 "$LAB is not up ($why); run ./shell lab up first"
  exec ip netns exec "$LAB" "$LAUNCHER" "$@"
}

cmd_down() {
  require "taking the classroom network down"
  lock
  if ! anything_left; then
    say "$LAB is already down; nothing to do"
    return 0
  fi
  say "$LAB is down: $(teardown)"
}

main() {
  local sub="${1:-}"
  case "$sub" in
    up | status | down | shell) ;;
    '') fail 2 "usage: $USAGE" ;;
    *) fail 2 "unknown subcommand '$sub'; usage: $USAGE" ;;
  esac
  shift
  check_name
  case "$sub" in
    up) cmd_up ;;
    status) cmd_status ;;
    shell) cmd_shell "$@" ;;
    down) cmd_down ;;
  esac
}

main "$@"
