#!/bin/sh
# Regenerates Templates/KEYS.md, the template author's reference, from the view declarations in
# Sources/Rendering, and embeds the templates again. Run from the repository root after adding
# or changing a key:
#   sh scripts/update-template-keys.sh
set -eu
swift build --product jiefang
.build/debug/jiefang templates keys > Templates/KEYS.md
python3 scripts/embed-templates.py
swift build --product jiefang
echo "updated Templates/KEYS.md"
