"""Text units shared by every stage of the analysis, kept apart from any one of them.

- ``sentences``: sentence spans of a source's story text.
- ``terms``: the comparable content terms of a passage and their corpus weights.
- ``slugs``: ASCII identifiers made from names and headlines.
"""
