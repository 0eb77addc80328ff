#!/usr/bin/env bash
# Start the API (127.0.0.1:8000) and the chat (127.0.0.1:8501); Ctrl-C stops both.
set -u
cd "$(dirname "$0")/.."
PLANS=.venv/bin/plans
API_PORT=${PLANS_API_PORT:-8000}
UI_PORT=${PLANS_UI_PORT:-8501}
export PLANS_API_URL=${PLANS_API_URL:-http://127.0.0.1:$API_PORT}

"$PLANS" serve --host 127.0.0.1 --port "$API_PORT" &
api=$!
"$PLANS" ui --port "$UI_PORT" &
ui=$!

stop() {
  trap - INT TERM EXIT
  kill "$api" "$ui" 2>/dev/null
  wait "$api" "$ui" 2>/dev/null
  echo "stopped the API and the chat"
}
trap stop INT TERM EXIT

echo "API:  $PLANS_API_URL (docs at $PLANS_API_URL/docs)"
echo "Chat: http://127.0.0.1:$UI_PORT   (Ctrl-C stops both)"
# Stop everything as soon as either process exits.
wait -n "$api" "$ui"
