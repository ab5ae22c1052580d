// `lede completion bash|zsh|fish`: writes a shell's completion script from the program's options,
// so it never drifts from them. Pure: cli.ts hands in the option specs and the bundled slugs.
// It does not complete a --grep pattern or a number: those are free text, so nothing is offered.

import type { Option } from 'commander';
import { UsageError } from './errors.js';

/** The shells a script can be written for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The subcommand's name: `lede completion bash`. */
export const COMPLETION_COMMAND = 'completion';

/** One option as a completion script sees it. */
export interface OptionSpec {
  /** `-f`, when the option has a short form. */
  short?: string;
  /** `--format`, when the option has a long form. */
  long?: string;
  description: string;
  /** What the value is called in help: `format` for `--format <format>`. */
  valueName?: string;
  /** Whether a value follows the option (`--width 60`). */
  takesValue: boolean;
  /** The values to offer; none for free text. */
  values: readonly string[];
  /** The value is a comma-separated list of `values` (`-s headline,lead`). */
  list: boolean;
}

/** What cli.ts knows about an option's values beyond commander: keyed by long flag. */
export type ValueHints = Readonly<Record<string, { values: readonly string[]; list?: boolean }>>;

const VALUE_NAME = /[<[]([^>\]]+)[>\]]/;

/** Turns commander's options into specs, taking the values to offer from `hints`. */
export function optionSpecs(options: readonly Option[], hints: ValueHints): OptionSpec[] {
  return options.map((o) => {
    const hint = o.long ? hints[o.long] : undefined;
    const valueName = VALUE_NAME.exec(o.flags)?.[1];
    return {
      ...(o.short ? { short: o.short } : {}),
      ...(o.long ? { long: o.long } : {}),
      // Help may run a description over lines; a completion menu wants its first line.
      description: (o.description.split('\n')[0] ?? '').replace(/:$/, ''),
      ...(valueName ? { valueName } : {}),
      takesValue: o.required || o.optional,
      values: hint?.values ?? [],
      list: hint?.list ?? false,
    };
  });
}

/** A word that could be a misspelt shell name rather than a path (`fish2`, not `notes.txt`). */
const SHELL_LIKE = /^[a-z][a-z0-9]*$/;

/**
 * Whether the arguments ask for a completion script, and for which shell. It is the subcommand
 * only as the first argument followed by exactly one word: `lede completion`, `lede completion.txt`,
 * `lede completion a.txt` and `lede -- completion bash` name inputs. Throws for an unknown shell.
 */
export function completionRequest(args: readonly string[]): Shell | null {
  const [first, shell, ...rest] = args;
  if (first !== COMPLETION_COMMAND || shell === undefined || rest.length > 0 || !SHELL_LIKE.test(shell)) return null;
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(`${COMPLETION_COMMAND} ${shell}`, `expected one of ${SHELLS.join(', ')}`);
  }
  return shell as Shell;
}

/** The completion script for `shell`, completing `command`'s options, their values, files and `slugs`. */
export function completionScript(shell: Shell, options: readonly OptionSpec[], slugs: readonly string[], command = 'lede'): string {
  return WRITERS[shell](options, slugs, command);
}

type Writer = (options: readonly OptionSpec[], slugs: readonly string[], command: string) => string;

const SAFE_WORD = /^[\w.,:+@%/=-]+$/;

/** A word quoted for bash or zsh: bare when safe, else in single quotes. */
function shQuote(word: string): string {
  return SAFE_WORD.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A word quoted for fish, whose single quotes take `\'` and `\\`. */
function fishQuote(word: string): string {
  return SAFE_WORD.test(word) ? word : `'${word.replace(/[\\']/g, '\\$&')}'`;
}

/** Words for fish's `-a`, which splits and expands its argument: each quoted, then the whole. */
function fishWords(words: readonly string[]): string {
  return fishQuote(words.map(fishQuote).join(' '));
}

/** The option's forms: `-f --format`. */
function flags(o: OptionSpec): string[] {
  return [o.short, o.long].filter((f): f is string => f !== undefined);
}

/** A name usable in a shell function name. */
function ident(command: string): string {
  return command.replace(/[^A-Za-z0-9_]/g, '_');
}

const writeBash: Writer = (options, slugs, command) => {
  const fn = `_${ident(command)}`;
  const words = (ws: readonly string[]) => ws.map(shQuote).join(' ');
  const valueCases = options
    .filter((o) => o.takesValue)
    .map((o) => {
      const pattern = flags(o).join('|');
      if (o.values.length === 0) return `    ${pattern}) return ;;`;
      const prefix = o.list ? '"$list_prefix"' : "''";
      return `    ${pattern}) ${fn}_add "$cur" ${prefix} ${words(o.values)}; return ;;`;
    });
  return `# bash completion for ${command}; written by \`${command} completion bash\`.
# Load it from ~/.bashrc with: source <(${command} completion bash)

# ${fn}_add CUR PREFIX WORD...: offers PREFIX+WORD for each WORD whose result starts with CUR.
${fn}_add() {
  local cur=$1 prefix=$2 word
  shift 2
  for word in "$@"; do
    [[ $prefix$word == "$cur"* ]] && COMPREPLY+=("$prefix$word")
  done
  return 0
}

${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev='' option list_prefix=''
  (( COMP_CWORD > 0 )) && prev=\${COMP_WORDS[COMP_CWORD-1]}
  COMPREPLY=()
  # bash splits --option=value at the =
  if [[ $cur == = ]]; then
    option=$prev cur=''
  elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then
    option=\${COMP_WORDS[COMP_CWORD-2]}
  else
    option=$prev
  fi
  [[ $cur == *,* ]] && list_prefix=\${cur%,*},

  if (( COMP_CWORD == 2 )) && [[ \${COMP_WORDS[1]} == ${COMPLETION_COMMAND} ]]; then
    ${fn}_add "$cur" '' ${words(SHELLS)}
    return
  fi
  case $option in
${valueCases.join('\n')}
  esac
  if [[ $cur == -* ]]; then
    ${fn}_add "$cur" '' ${words(options.flatMap(flags))}
    return
  fi
  (( COMP_CWORD == 1 )) && ${fn}_add "$cur" '' ${COMPLETION_COMMAND}
  ${fn}_add "$cur" '' ${words(slugs)}
  local IFS=$'\\n'
  COMPREPLY+=($(compgen -f -- "$cur"))
  compopt -o filenames 2>/dev/null
  return 0
}

complete -F ${fn} ${shQuote(command)}
`;
};

/** A description for zsh's `_arguments`, where brackets and colons are special. */
function zshDescription(text: string): string {
  return text.replace(/[[\]:\\]/g, '\\$&');
}

const writeZsh: Writer = (options, slugs, command) => {
  const fn = `_${ident(command)}`;
  const specs = options.flatMap((o) => {
    const exclusive = flags(o).length > 1 ? `(${flags(o).join(' ')})` : '';
    const name = zshDescription(o.valueName ?? 'value');
    const action = !o.takesValue
      ? ''
      : o.values.length === 0
        ? `:${name}: `
        : o.list
          ? `:${name}:_values -s , ${o.long?.slice(2) ?? name} ${o.values.join(' ')}`
          : `:${name}:(${o.values.join(' ')})`;
    return flags(o).map((flag) => {
      const takes = o.takesValue ? (flag.startsWith('--') ? '=' : '+') : '';
      return `    ${shQuote(`${exclusive}${flag}${takes}[${zshDescription(o.description)}]${action}`)} \\`;
    });
  });
  return `#compdef ${command}
# zsh completion for ${command}; written by \`${command} completion zsh\`.
# Save it as _${command} in a directory on $fpath, or load it (after compinit) with:
# source <(${command} completion zsh)

${fn}_inputs() {
  local -a alternatives=('slugs:bundled article:compadd -a ${fn}_slugs' 'files:file:_files')
  (( CURRENT == 2 )) && alternatives+=('commands:command:compadd ${COMPLETION_COMMAND}')
  _alternative $alternatives
}

${fn}() {
  local -a ${fn}_slugs=(${slugs.map(shQuote).join(' ')})
  if (( CURRENT == 3 )) && [[ \${words[2]} == ${COMPLETION_COMMAND} ]]; then
    _values shell ${SHELLS.join(' ')}
    return
  fi
  _arguments -s -S \\
${specs.join('\n')}
    '*:file or bundled article:${fn}_inputs'
}

if [[ \${funcstack[1]} == ${fn} ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${command}
fi
`;
};

const writeFish: Writer = (options, slugs, command) => {
  const fn = `__${ident(command)}`;
  const lines = options.map((o) => {
    const parts = [`complete -c ${command}`];
    if (o.short) parts.push(`-s ${o.short.replace(/^-/, '')}`);
    if (o.long) parts.push(`-l ${o.long.replace(/^--/, '')}`);
    if (o.takesValue) parts.push('-x');
    if (o.list) parts.push(`-a ${fishQuote(`(${fn}_list ${o.values.map(fishQuote).join(' ')})`)}`);
    else if (o.values.length) parts.push(`-a ${fishWords(o.values)}`);
    parts.push(`-d ${fishQuote(o.description)}`);
    return parts.join(' ');
  });
  return `# fish completion for ${command}; written by \`${command} completion fish\`.
# Save it as ~/.config/fish/completions/${command}.fish, or load it with:
# ${command} completion fish | source

# ${fn}_list WORD...: each WORD after the comma-separated items already typed.
function ${fn}_list
    set -l prefix (string replace -r '[^,]*$' '' -- (commandline -ct))
    for word in $argv
        echo $prefix$word
    end
end

# Whether the words before the cursor are exactly: ${command} ARGV...
function ${fn}_words_are
    set -l words (commandline -opc)
    test (count $words) -eq (math (count $argv) + 1); or return 1
    test (count $argv) -eq 0; or test "$words[2..-1]" = "$argv"
end

complete -c ${command} -e
${lines.join('\n')}
complete -c ${command} -n '${fn}_words_are' -a ${COMPLETION_COMMAND} -d 'print a shell completion script'
complete -c ${command} -n '${fn}_words_are ${COMPLETION_COMMAND}' -f -a ${fishWords(SHELLS)}
complete -c ${command} -n 'not ${fn}_words_are ${COMPLETION_COMMAND}' -a ${fishWords(slugs)} -d 'bundled article'
`;
};

const WRITERS: Record<Shell, Writer> = { bash: writeBash, zsh: writeZsh, fish: writeFish };
