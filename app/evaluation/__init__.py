"""Evaluation of the temporal engine on TimeML corpora: TimeML reading and writing, TempEval-3 scoring and
grouped error listings, behind the `timeml` and `eval` commands."""
