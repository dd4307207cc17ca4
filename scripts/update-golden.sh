#!/bin/sh
# Regenerates the golden files that the tests compare the sample campaign's output with.
# Run from the repository root after an intended change to the planner, the report or a template:
#   sh scripts/update-golden.sh
set -eu
swift build --product jiefang
bin=.build/debug/jiefang
$bin plan Templates/campaign.yaml --format table > Tests/CLITests/Golden/sample-plan.txt
$bin plan Templates/campaign.yaml --format json > Tests/CLITests/Golden/sample-plan.json
# --fresh: the golden copy is a first build, not a re-plan against its own previous schedule.
$bin build Templates/campaign.yaml --fresh -o Tests/CLITests/Golden/sample-output > /dev/null
# The ledger's reports for the seeded 20-visit fixture ledger.
UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests > /dev/null
echo "updated Tests/CLITests/Golden/ and Tests/CaseLedgerTests/Golden/"
