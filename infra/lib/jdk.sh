# Shared by infra/devstack/run and infra/benchmark/run (source it; it defines functions only).
#   jdk="$(find_jdk)"   JAVA_HOME if it is a JDK >= 21, else the newest JDK under /usr/lib/jvm; exits if none.

java_major() { # JDK directory -> major version (0 if unknown)
  local release="$1/release" version
  if [[ -f "$release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  elif [[ -x "$1/bin/java" ]]; then
    version="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  fi
  echo "${version:-0}"
}

find_jdk() { # JAVA_HOME if it is >= 21, else the newest JDK under /usr/lib/jvm
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && "$(java_major "$JAVA_HOME")" -ge 21 ]]; then
    echo "$JAVA_HOME"
    return
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    dir="${dir%/}"
    [[ -L "$dir" || ! -x "$dir/bin/java" ]] && continue
    major="$(java_major "$dir")"
    if (( major > best_major )); then
      best="$dir" best_major="$major"
    fi
  done
  if (( best_major < 21 )); then
    echo "$(basename "$0"): needs a JDK >= 21 (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
    exit 1
  fi
  echo "$best"
}
