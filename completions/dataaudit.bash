# bash completion for dataaudit(1).
# Installed by `cmake --install` as <prefix>/share/bash-completion/completions/dataaudit;
# to try it from a source tree: source completions/dataaudit.bash
#
# Completes options, their values (formats, colours, confidence levels, and the
# platforms, categories and kinds that `dataaudit list` prints, with any --rules DIR and
# --no-default-rules of the command line), comma-separated lists, CATEGORY:KIND terms of
# --fail-on, the `rules`, `list` and `explain` commands, and files. Needs nothing but bash.

_dataaudit_list() {  # LIST: the first word of each line of `dataaudit list LIST`
  local line
  "${_dataaudit_program:-dataaudit}" list "$1" "${_dataaudit_rule_args[@]}" 2>/dev/null |
    while read -r line; do printf '%s\n' "${line%% *}"; done
}

# The values an option takes, for the value being typed ($1).
_dataaudit_values() {
  local option=$1 cur=$2
  case $option in
    -f | --format) _dataaudit_list printers ;;
    --color) printf '%s\n' auto always never ;;
    --min-confidence) printf '%s\n' low medium high ;;
    --platform) _dataaudit_list platforms ;;
    --category) _dataaudit_list categories ;;
    --kind) _dataaudit_list kinds ;;
    --fail-on)
      if [[ ${cur##*,} == *:* ]]; then
        local name category _
        "${_dataaudit_program:-dataaudit}" list kinds "${_dataaudit_rule_args[@]}" 2>/dev/null |
          while read -r name category _; do printf '%s:%s\n' "$category" "$name"; done
      else
        _dataaudit_list categories
        _dataaudit_list kinds
      fi
      ;;
  esac
}

_dataaudit() {
  local line=${COMP_LINE:0:COMP_POINT} cur= prev=
  local -a words
  read -ra words <<<"$line"
  [[ $line == *[[:space:]] ]] && words+=("")
  local cword=$((${#words[@]} - 1))
  cur=${words[cword]}
  ((cword > 0)) && prev=${words[cword - 1]}
  _dataaudit_program=${words[0]/#\~/$HOME}
  _dataaudit_rule_args=()
  local i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      --no-default-rules) _dataaudit_rule_args+=(--no-default-rules) ;;
      --rules) _dataaudit_rule_args+=(--rules "${words[i + 1]}") ;;
    esac
  done
  if [[ $cur == --*=* ]]; then
    prev=${cur%%=*}
    cur=${cur#*=}
  fi

  local -a candidates=()
  local files=
  case ${words[1]} in
    rules)
      if ((cword == 2)); then candidates=(list test lint)
      elif [[ $prev == --rules ]]; then files=dirs
      elif [[ $prev == -f || $prev == --format ]]; then candidates=(text json)
      elif [[ $cur == -* ]]; then candidates=(--rules --no-default-rules --format --help)
      else files=dirs
      fi
      ;;
    explain)
      if [[ $prev == --rules ]]; then files=dirs
      elif [[ $cur == -* ]]; then candidates=(--rules --no-default-rules --help)
      fi
      ;;
    list)
      if ((cword == 2)); then candidates=(platforms detectors categories kinds printers)
      elif [[ $prev == --rules ]]; then files=dirs
      elif [[ $prev == -f || $prev == --format ]]; then candidates=(text json)
      else candidates=(--rules --no-default-rules --format --help)
      fi
      ;;
    *)
      case $prev in
        -o | --output) files=all ;;
        --rules) files=dirs ;;
        --top | --max-archive-depth | -j | --jobs | --max-member-size | --max-total-size | --max-ratio | \
          --max-nested-size | --max-members | --max-path-length | --max-nesting | --max-fields | --max-file-fields | \
          --max-field-path | --max-line-length | --max-encoded-word | --max-attributes | --max-columns | \
          --max-header-size | --max-label-frames) return 0 ;;
        -f | --format | --color | --min-confidence | --platform | --category | --kind | --fail-on)
          mapfile -t candidates < <(_dataaudit_values "$prev" "$cur")
          # Comma-separated lists: complete the last element, keep the ones before it.
          local head=
          [[ $prev == --category || $prev == --kind || $prev == --fail-on ]] && [[ $cur == *,* ]] && head=${cur%,*},
          candidates=("${candidates[@]/#/$head}")
          ;;
        *)
          if [[ $cur == -* ]]; then
            candidates=(--help --version --format --json --summary --output --color --show-values --values --quiet --top
                        --category --kind --min-confidence --fail-on --rules --no-default-rules --merge
                        --no-merge --platform
                        --max-archive-depth --max-member-size --max-total-size --max-ratio --max-nested-size --max-members
                        --max-path-length --max-nesting --max-fields --max-file-fields --max-field-path
                        --max-line-length --max-encoded-word --max-attributes --max-columns
                        --max-header-size --max-label-frames --jobs)
          else
            ((cword == 1)) && candidates=(rules list explain)
            files=all
          fi
          ;;
      esac
      ;;
  esac

  COMPREPLY=()
  [[ ${#candidates[@]} -gt 0 ]] && mapfile -t COMPREPLY < <(compgen -W "${candidates[*]}" -- "$cur")
  # Readline completes only what follows the last ':' of the word: drop what precedes it.
  if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
    local colon_head=${cur%"${cur##*:}"}
    COMPREPLY=("${COMPREPLY[@]#"$colon_head"}")
  fi
  if [[ -n $files ]]; then
    compopt -o filenames 2>/dev/null
    if [[ $files == dirs ]]; then mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
    else mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$cur")
    fi
  fi
  return 0
}

complete -F _dataaudit dataaudit
