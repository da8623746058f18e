// The completion scripts. Each is a thin shim: it hands the words typed so far to
// `car-brief __complete` and offers what comes back, so that the commands, flags and values it
// completes are always those of the car-brief installed, and of the dataset in use.
//
// The protocol: __complete prints a first line saying what to offer (words, files or dirs), then,
// for words, one candidate a line: the word, a tab, a description.
import { COMPLETE_COMMAND, type Shell } from '../spec/shells.js';

/** The completion script for a shell. */
export function completionScript(shell: Shell): string {
  return SCRIPTS[shell];
}

// bash splits "--format=js" into "--format", "=", "js": the words are joined again before they
// are sent, and what comes back is cut to the part bash is replacing. bash inserts COMPREPLY as
// it is, and a dataset's name may hold $( ), ;, |, > or a glob: every word is quoted with
// printf %q, so that Enter hands car-brief the name and runs nothing (test/e2e/completion-hostile).
const BASH = `# car-brief completion for bash. Install: source <(car-brief completion bash)
_car_brief() {
  local -a words=() out=() reply=()
  local i w joined=0 cur bashcur kind strip
  for ((i = 1; i <= COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    if ((joined)); then
      words[\${#words[@]}-1]+=$w
      joined=0
    elif [[ $w == = && \${#words[@]} -gt 0 && \${words[\${#words[@]}-1]} == -* ]]; then
      words[\${#words[@]}-1]+==
      joined=1
    else
      words+=("$w")
    fi
  done
  ((\${#words[@]})) || words=("")
  cur=\${words[\${#words[@]}-1]}
  bashcur=\${COMP_WORDS[COMP_CWORD]}
  [[ $bashcur == = ]] && bashcur=
  strip=\${cur:0:\${#cur}-\${#bashcur}}
  local IFS=$'\\n'
  out=($(car-brief ${COMPLETE_COMMAND} -- "\${words[@]}" 2>/dev/null)) || return 0
  kind=\${out[0]}
  case $kind in
    files | dirs)
      compopt -o filenames 2>/dev/null
      if [[ $kind == dirs ]]; then reply=($(compgen -d -- "$bashcur")); else reply=($(compgen -f -- "$bashcur")); fi
      ;;
    words)
      for w in "\${out[@]:1}"; do
        w=\${w%%$'\\t'*}
        w=\${w#"$strip"}
        printf -v w '%q' "$w"
        reply+=("$w")
      done
      ;;
  esac
  COMPREPLY=("\${reply[@]}")
}
complete -F _car_brief car-brief
`;

// zsh's compadd quotes what it inserts; _describe reads "value:description", so a value's backslash
// and colon are escaped for it (a bare backslash would be dropped from the name).
const ZSH = `#compdef car-brief
# car-brief completion for zsh. Install: source <(car-brief completion zsh) after compinit,
# or save it as _car-brief in a directory of $fpath.
_car_brief() {
  local -a out described
  local line value description
  out=("\${(@f)$(car-brief ${COMPLETE_COMMAND} -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  case $out[1] in
    files) _files ;;
    dirs) _files -/ ;;
    words)
      for line in "\${(@)out[2,-1]}"; do
        [[ -z $line ]] && continue
        value=\${line%%$'\\t'*}
        description=\${line#*$'\\t'}
        value=\${value//\\\\/\\\\\\\\}
        described+=("\${value//:/\\\\:}\${description:+:$description}")
      done
      (( $#described )) && _describe -t values car-brief described
      ;;
  esac
}
if [[ $funcstack[1] == _car_brief ]]; then
  _car_brief "$@"
else
  compdef _car_brief car-brief
fi
`;

// fish escapes what it inserts from a completion.
const FISH = `# car-brief completion for fish. Install: car-brief completion fish | source
# (or save it as ~/.config/fish/completions/car-brief.fish)
function __car_brief_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -l out (car-brief ${COMPLETE_COMMAND} -- $words[2..-1] "$current" 2>/dev/null)
    switch "$out[1]"
        case files
            __fish_complete_path "$current"
        case dirs
            __fish_complete_directories "$current"
        case words
            printf '%s\\n' $out[2..-1]
    end
end
complete -c car-brief -f -a '(__car_brief_complete)'
`;

const SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };
