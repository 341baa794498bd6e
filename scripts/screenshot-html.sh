#!/usr/bin/env bash
# Screenshots an HTML report in headless Chromium at 1366×768, the laptop screen the page is
# designed for, so a person can look at what a reviewer sees.
#
#   scripts/screenshot-html.sh HTML_FILE PNG_FILE [ANCHOR]
#
# ANCHOR (optional) is a fragment such as f-<fingerprint> or row-12: the page is opened
# scrolled to it. Installs Debian's chromium and a CJK font (fonts-noto-cjk) when missing:
# without the font, Chinese renders as empty boxes.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 HTML_FILE PNG_FILE [ANCHOR]" >&2
  exit 64
fi
html=$1
png=$2
anchor=${3:-}

if [[ ! -f "$html" ]]; then
  echo "$0: $html: no such file" >&2
  exit 2
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then missing+=(fonts-noto-cjk); fi
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo=sudo; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

url="file://$(realpath "$html")"
mkdir -p "$(dirname "$png")"
png_path="$(realpath "$(dirname "$png")")/$(basename "$png")"

# A throwaway profile, so that nothing from an earlier run (or the user's browser) leaks in.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
if [[ -n "$anchor" ]]; then
  # Headless Chromium screenshots a page opened at a fragment as blank; a frame of the window's
  # size scrolled to the fragment renders as a reader would see it.
  frame="$profile/frame.html"
  printf '<!DOCTYPE html><html><body style="margin:0"><iframe src="%s#%s" title="report" ' \
    "$url" "${anchor#\#}" >"$frame"
  printf 'style="border:0;width:1366px;height:768px;display:block"></iframe></body></html>\n' \
    >>"$frame"
  url="file://$frame"
fi
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --allow-file-access-from-files --user-data-dir="$profile" --window-size=1366,768 \
  --virtual-time-budget=2000 \
  --screenshot="$png_path" "$url" 2>"$profile/chromium.log" || {
  cat "$profile/chromium.log" >&2
  exit 1
}
if [[ ! -s "$png_path" ]]; then
  cat "$profile/chromium.log" >&2
  echo "$0: no screenshot written" >&2
  exit 1
fi
echo "$png_path"
