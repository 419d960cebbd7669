"""The verbs that report speech, as news writes them: "X said", "saying", "told".

``SPEECH_VERBS`` is every form of the list; ``SAY`` and ``SAY_TELL`` are the forms most
attributions use, as regular-expression alternations for the patterns that find them.
"""

from __future__ import annotations

from dossier_tui.lexicon import words

#: every form of the verbs that report speech (``resources/words/speech_verbs.txt``)
SPEECH_VERBS = words("speech_verbs")
#: "said", "says": the verb of most attributions
SAY = "said|says"
#: "said", "says", "told": those, and the verb of speech to somebody
SAY_TELL = f"{SAY}|told"
