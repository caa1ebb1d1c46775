#!/usr/bin/env bash
# Stops what src/test/wordpress/start.sh started: its Apache and, if it had to start one, its MariaDB.
# Processes are found by the PID files start.sh wrote, never by name. The installation, database and
# generated passwords stay, so the next start.sh takes about a second.
set -euo pipefail

STATE=${WORDPRESS_IT_STATE:-/var/lib/cchc-wordpress-it}

log() { printf '[wordpress] %s\n' "$*" >&2; }

stop_pid_file() { # $1 = PID file, $2 = name for the log
  local file=$1 pid
  if [ ! -s "$file" ]; then
    log "$2 was not started by start.sh"
    return
  fi
  pid=$(cat "$file")
  if ! kill -0 "$pid" 2>/dev/null; then
    log "$2 is not running"
    rm -f "$file"
    return
  fi
  log "stopping $2 (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$2 did not stop in 10 s; killing pid $pid"
    kill -KILL "$pid"
  fi
  rm -f "$file"
}

[ -d "$STATE" ] || { log "nothing to stop ($STATE does not exist)"; exit 0; }
stop_pid_file "$STATE/apache2.pid" "Apache"
stop_pid_file "$STATE/mariadb.pid" "MariaDB"
