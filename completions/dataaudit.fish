# fish completion for dataaudit(1).
# Installed by `cmake --install` as <prefix>/share/fish/vendor_completions.d/dataaudit.fish;
# to try it from a source tree: source completions/dataaudit.fish
#
# Completes options, their values (formats, colours, confidence levels, and the platforms,
# categories and kinds that `dataaudit list` prints), the `rules` and `list` commands, and files.

# The first word of each line of `dataaudit list LIST`.
function __dataaudit_list
    dataaudit list $argv[1] 2>/dev/null | string replace -r ' .*' ''
end

# True when the command line has no command yet (the audit's first argument).
function __dataaudit_no_command
    set -l words (commandline -opc)
    test (count $words) -eq 1
end

function __dataaudit_command_is
    set -l words (commandline -opc)
    test (count $words) -ge 2; and test "$words[2]" = $argv[1]
end

complete -c dataaudit -f
complete -c dataaudit -n __dataaudit_no_command -a 'rules' -d 'list, test or lint rules'
complete -c dataaudit -n __dataaudit_no_command -a 'list' -d 'list what dataaudit knows'
complete -c dataaudit -n __dataaudit_no_command -a 'explain' -d 'which rules compete for a field, and why'
complete -c dataaudit -n 'not __dataaudit_command_is rules; and not __dataaudit_command_is list' -F

# rules list|test|lint, list platforms|detectors|categories|kinds|printers
complete -c dataaudit -n '__dataaudit_command_is rules; and test (count (commandline -opc)) -eq 2' -a 'list test lint'
complete -c dataaudit -n '__dataaudit_command_is list; and test (count (commandline -opc)) -eq 2' \
    -a 'platforms detectors categories kinds printers'
complete -c dataaudit -n '__dataaudit_command_is rules; or __dataaudit_command_is list; or __dataaudit_command_is explain' -l rules -r -a '(__fish_complete_directories)' -d 'also load the rule files in DIR'
complete -c dataaudit -n '__dataaudit_command_is rules; or __dataaudit_command_is list; or __dataaudit_command_is explain' -l no-default-rules -d 'leave out the default rules'

# Output
complete -c dataaudit -s f -l format -x -a '(__dataaudit_list printers)' -d 'report format'
complete -c dataaudit -l json -d 'the same as --format json'
complete -c dataaudit -l summary -d 'one table row per input'
complete -c dataaudit -s o -l output -r -F -d 'write the report to FILE (- for standard output)'
complete -c dataaudit -l color -x -a 'auto always never' -d 'colour in the text report'
complete -c dataaudit -l show-values -d 'show values in full instead of redacting them'
complete -c dataaudit -l values -d 'list the most frequent values of each kind in the text report'
complete -c dataaudit -s q -l quiet -d 'no progress line and no batch summary'
complete -c dataaudit -l top -x -d 'fields listed per category in the text report'
# Filters
complete -c dataaudit -l category -x -a '(__dataaudit_list categories)' -d 'report only fields of these categories'
complete -c dataaudit -l kind -x -a '(__dataaudit_list kinds)' -d 'report only fields of these kinds'
complete -c dataaudit -l min-confidence -x -a 'low medium high' -d 'report only fields of at least this confidence'
complete -c dataaudit -l fail-on -x -a '(__dataaudit_list categories; __dataaudit_list kinds)' -d 'exit 1 when the report holds these'
# Inputs
complete -c dataaudit -l merge -d 'audit every input as a part of one export'
complete -c dataaudit -l no-merge -d 'one report per input, even for parts of one export'
complete -c dataaudit -l platform -x -a '(__dataaudit_list platforms)' -d 'treat every input as an export of PLATFORM'
complete -c dataaudit -s j -l jobs -x -d 'cores to use'
# Rules (the audit's)
complete -c dataaudit -n 'not __dataaudit_command_is rules; and not __dataaudit_command_is list' -l rules -r -a '(__fish_complete_directories)' -d 'also load the rule files in DIR'
complete -c dataaudit -n 'not __dataaudit_command_is rules; and not __dataaudit_command_is list' -l no-default-rules -d 'use only the rules of --rules'
# Limits
complete -c dataaudit -l max-archive-depth -x -d 'open archives inside archives up to N levels deep'
complete -c dataaudit -l max-member-size -x -d 'read at most N MiB of one member'
complete -c dataaudit -l max-total-size -x -d 'read at most N GiB of one input'
complete -c dataaudit -l max-ratio -x -d 'stop members inflating more than N times (zip bombs)'
complete -c dataaudit -l max-members -x -d 'read at most N members of one input'
complete -c dataaudit -l max-path-length -x -d 'skip member paths longer than N bytes'
complete -c dataaudit -l max-nesting -x -d 'deepest JSON or HTML nesting read'
complete -c dataaudit -l max-fields -x -d 'report at most N fields of one input'
complete -c dataaudit -l max-nested-size -x -d 'hold at most MIB of nested archives in memory'
complete -c dataaudit -l max-file-fields -x -d 'keep at most N distinct paths of one file'
complete -c dataaudit -l max-field-path -x -d 'cut a field path at BYTES'
complete -c dataaudit -l max-line-length -x -d 'keep at most BYTES of one logical line'
complete -c dataaudit -l max-encoded-word -x -d 'decode mail encoded words of at most BYTES'
complete -c dataaudit -l max-attributes -x -d 'read at most N attributes of one HTML element'
complete -c dataaudit -l max-columns -x -d 'read at most N cells of one CSV row'
complete -c dataaudit -l max-header-size -x -d 'name CSV columns from at most BYTES of the header row'
complete -c dataaudit -l max-label-frames -x -d 'follow at most N nested Meta label/value objects'
# Other
complete -c dataaudit -s h -l help -d 'print the options and exit'
complete -c dataaudit -s V -l version -d 'print the version and exit'
