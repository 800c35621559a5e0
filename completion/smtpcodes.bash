# bash completion for smtpcodes (installed by `make install` into
# share/bash-completion/completions/smtpcodes).
_smtpcodes() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  case $prev in
    -f|--format) mapfile -t COMPREPLY < <(compgen -W "text markdown html json" -- "$cur"); return ;;
    -l|--lang) mapfile -t COMPREPLY < <(compgen -W "en ko id es vi ar zh-hans ja th pt fr de ru tr hi" -- "$cur"); return ;;
    --class) mapfile -t COMPREPLY < <(compgen -W "2 3 4 5" -- "$cur"); return ;;
    --kind) mapfile -t COMPREPLY < <(compgen -W "basic enhanced" -- "$cur"); return ;;
    -w|--width) return ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "-f --format --json -l --lang -w --width --list --class --kind -h --help -v --version" -- "$cur")
  elif [[ $COMP_CWORD -eq 1 ]]; then
    mapfile -t COMPREPLY < <(compgen -W "explain" -- "$cur")
  fi
}
complete -F _smtpcodes smtpcodes
