"""Shell completion scripts for bash, zsh and fish, written from the argparse parser.

The parser is the one source of what ``dossier`` takes, so the scripts are made from it
rather than kept by hand beside it: the commands, each command's options, the words an
option or argument allows (``--format yaml|md|json``), and files wherever a path goes.
A script is printed by ``dossier completion SHELL`` and sourced by the shell; it runs no
``dossier`` process while completing, so completion is instant.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

SHELLS = ("bash", "zsh", "fish")


@dataclass(frozen=True)
class Option:
    """An option as a shell completes it: its flags, and what follows it."""

    flags: tuple[str, ...]
    help: str
    #: "" for a flag alone, "file" for a file name, "words" for one of ``words``,
    #: "value" for free text
    takes: str
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Command:
    """A command (``""``: dossier itself), its options and what its arguments are."""

    name: str
    help: str
    options: tuple[Option, ...]
    #: what its arguments are: "files", "words" (one of ``words``) or "" (it takes none)
    args: str = "files"
    words: tuple[str, ...] = ()


def _help(action: argparse.Action) -> str:
    """The first clause of an option's help: enough for a menu, and one line."""
    text = " ".join((action.help or "").replace("%(default)s", "").split())
    for stop in (" (", "; "):
        text = text.split(stop)[0]
    return text


def _option(action: argparse.Action) -> Option:
    if action.nargs == 0:
        takes = ""
    elif action.choices:
        takes = "words"
    else:
        takes = "file" if action.metavar == "FILE" else "value"
    return Option(tuple(action.option_strings), _help(action), takes, tuple(action.choices or ()))


def commands(parser: argparse.ArgumentParser) -> list[Command]:
    """dossier itself (whose argument is a PATH), then each of its commands."""
    out = []
    subs: dict[str, argparse.ArgumentParser] = {}
    helps: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            subs = dict(action.choices)
            helps = {a.dest: _help(a) for a in action._choices_actions}
    out.append(Command("", "", tuple(_option(a) for a in parser._actions if a.option_strings)))
    for name, sub in subs.items():
        args, words = "", ()
        for a in sub._actions:
            if not a.option_strings:
                args, words = ("words", tuple(a.choices)) if a.choices else ("files", ())
        out.append(
            Command(
                name,
                helps.get(name, ""),
                tuple(_option(a) for a in sub._actions if a.option_strings),
                args,
                words,
            )
        )
    return out


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``parser``'s program for ``shell`` (one of SHELLS)."""
    return {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell](parser.prog, commands(parser))


def _bash(prog: str, cmds: list[Command]) -> str:
    fn = f"_{prog}_complete"
    names = " ".join(c.name for c in cmds if c.name)
    values, opts, args = [], [], []
    for c in cmds:
        for o in c.options:
            if o.takes:
                reply = {
                    "file": '$(compgen -f -- "$cur")',
                    "words": f'$(compgen -W "{" ".join(o.words)}" -- "$cur")',
                    "value": "",
                }[o.takes]
                values += [
                    f'        "{c.name}:{f}") COMPREPLY=({reply}); return ;;' for f in o.flags
                ]
        opts.append(
            f'        "{c.name}") words="{" ".join(f for o in c.options for f in o.flags)}" ;;'
        )
        reply = {
            "files": '$(compgen -f -- "$cur")',
            "words": f'$(compgen -W "{" ".join(c.words)}" -- "$cur")',
            "": "",
        }[c.args]
        if c.name:
            args.append(f'        "{c.name}") COMPREPLY=({reply}) ;;')
    lines = [
        f"# bash completion for {prog}: source <({prog} completion bash)",
        f"{fn}() {{",
        '    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd="" words i',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        f"        case ${{COMP_WORDS[i]}} in {names.replace(' ', '|')}) cmd=${{COMP_WORDS[i]}}; "
        "break ;; esac",
        "    done",
        '    case "$cmd:$prev" in',
        *values,
        "    esac",
        "    if [[ $cur == -* ]]; then",
        '        case "$cmd" in',
        *opts,
        "        esac",
        '        COMPREPLY=($(compgen -W "$words" -- "$cur"))',
        "        return",
        "    fi",
        '    case "$cmd" in',
        f'        "") COMPREPLY=($(compgen -W "{names}" -- "$cur") $(compgen -f -- "$cur")) ;;',
        *args,
        "    esac",
        "}",
        f"complete -o filenames -F {fn} {prog}",
        "",
    ]
    return "\n".join(lines)


def _zsh_text(text: str) -> str:
    """``text`` inside a single-quoted _arguments spec: no quote, bracket or colon acts."""
    out = text.replace("\\", "\\\\")
    for ch in "[]:":
        out = out.replace(ch, "\\" + ch)
    return out.replace("'", "'\\''")


def _zsh_option(o: Option) -> str:
    action = {
        "": "",
        "file": ":file:_files",
        "words": f":value:({' '.join(o.words)})",
        "value": ":value: ",
    }[o.takes]
    spec = f"'[{_zsh_text(o.help)}]{action}'"
    if len(o.flags) == 1:
        return f"{o.flags[0]}{spec}"
    return f"'({' '.join(o.flags)})'{{{','.join(o.flags)}}}{spec}"


def _zsh(prog: str, cmds: list[Command]) -> str:
    top, subs = cmds[0], cmds[1:]
    lines = [
        f"#compdef {prog}",
        f"# zsh completion for {prog}: source <({prog} completion zsh)",
        f"_{prog}() {{",
        '    local curcontext="$curcontext" state line',
        "    typeset -A opt_args",
        "    _arguments -C \\",
        *[f"        {_zsh_option(o)} \\" for o in top.options],
        "        '1: :->first' \\",
        "        '*:: :->rest'",
        "    case $state in",
        "    first)",
        "        local -a commands",
        "        commands=(" + " ".join(f"'{c.name}:{_zsh_text(c.help)}'" for c in subs) + ")",
        "        _describe -t commands command commands",
        "        _files ;;",
        "    rest)",
        "        case $line[1] in",
    ]
    for c in subs:
        rest = {
            "files": ["'*:file:_files'"],
            "words": [f"'1:{c.name}:({' '.join(c.words)})'"],
            "": [],
        }[c.args]
        specs = [_zsh_option(o) for o in c.options] + rest
        lines += [
            f"        {c.name})",
            "            _arguments \\",
            *[
                f"                {x}" + (" ;;" if i == len(specs) - 1 else " \\")
                for i, x in enumerate(specs)
            ],
        ]
    lines += ["        esac ;;", "    esac", "}", f"compdef _{prog} {prog}", ""]
    return "\n".join(lines)


def _fish_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish(prog: str, cmds: list[Command]) -> str:
    lines = [
        f"# fish completion for {prog}: {prog} completion fish > "
        f"~/.config/fish/completions/{prog}.fish",
        f"complete -c {prog} -f",
    ]
    for c in cmds:
        when = "__fish_use_subcommand" if not c.name else f"__fish_seen_subcommand_from {c.name}"
        if c.name:
            lines.append(
                f"complete -c {prog} -n __fish_use_subcommand -a {c.name} -d {_fish_text(c.help)}"
            )
        for o in c.options:
            flags = " ".join(f"-s {f[1:]}" if len(f) == 2 else f"-l {f[2:]}" for f in o.flags)
            takes = {
                "": "",
                "file": " -r -F",
                "words": f" -x -a {_fish_text(' '.join(o.words))}",
                "value": " -x",
            }[o.takes]
            lines.append(f"complete -c {prog} -n '{when}' {flags}{takes} -d {_fish_text(o.help)}")
        if c.args == "words":
            lines.append(f"complete -c {prog} -n '{when}' -x -a {_fish_text(' '.join(c.words))}")
        elif c.args == "files":
            lines.append(f"complete -c {prog} -n '{when}' -F")
    return "\n".join(lines) + "\n"
