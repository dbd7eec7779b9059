# Sourced by ./mvnw and the run script: picks a JDK >= 21 when JAVA_HOME is unset or older.
# The machines' default `java` is 17, but Lucene 10 and this build need 21+.
catalog_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(catalog_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  _catalog_found=""
  for _candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$_candidate/bin/javac" ]; then
      _major=$(catalog_java_major "$_candidate")
      if [ -n "$_major" ] && [ "$_major" -ge 21 ] 2>/dev/null; then
        _catalog_found="$_candidate"
        break
      fi
    fi
  done
  if [ -z "$_catalog_found" ]; then
    echo "error: this project needs a JDK 21 or newer; none found in JAVA_HOME or /usr/lib/jvm." >&2
    echo "       Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$_catalog_found"
  export JAVA_HOME
  unset _candidate _major _catalog_found
fi
