"""What ``dossier -h`` and each command's ``-h`` say beyond the options: how the command
is called, a few examples to copy, and the exit status, so that a script's author need
not open the README to learn what 1 or 141 means.
"""

from __future__ import annotations

import argparse

#: the top-level usage: argparse would not show that a PATH may come instead of a command
USAGE = """%(prog)s [-h] [--version] [PATH]
       %(prog)s COMMAND [-h] [ARGS ...]"""

EXIT_STATUS = """exit status:
  0      success
  1      some input could not be read (the rest is still processed), the output
         could not be written, or the cluster could not be used
  2      usage error
  128+N  stopped by signal N (130 Ctrl-C, 141 the reader of a pipe has gone,
         143 SIGTERM)"""

EXAMPLES = {
    "": """examples:
  dossier                          ./data/timeline.yaml, else the dossier opened last,
                                   else the bundled example
  dossier ~/stories/ferry-collapse a folder of .txt/.md articles, built on the fly
  dossier data/timeline.yaml       a timeline file
  dossier build && dossier export --format md -o dossier.md""",
    "build": """examples:
  dossier build                    seeds/ -> data/timeline.yaml
  dossier build ~/stories/ferry -o ferry.yaml
  dossier build -j 2 --no-cache articles/ more/ -o -""",
    "export": """examples:
  dossier export --format md -o dossier.md
  dossier export --top 10 -o brief.md
  dossier export -i ferry.yaml --format json | jq '.events[0]'""",
    "timexes": """examples:
  dossier timexes seeds/
  dossier timexes --dct 2023-08-09 article.txt | head -2
  curl -s https://example.org/story.txt | dossier timexes --dct 2023-08-09 -""",
    "completion": """examples:
  source <(dossier completion bash)          in ~/.bashrc
  source <(dossier completion zsh)           in ~/.zshrc
  dossier completion fish > ~/.config/fish/completions/dossier.fish""",
}


def epilog(command: str = "") -> str:
    """The examples of ``command`` ("" for ``dossier`` itself) and the exit status."""
    return f"{EXAMPLES[command]}\n\n{EXIT_STATUS}"


class Formatter(argparse.HelpFormatter):
    """argparse's layout, except that text already set out in lines (the usage, the
    examples and the exit status) is kept as written instead of refilled."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)
