"""Evaluation of the temporal engine on TimeML corpora: TimeML reading and writing, TempEval-3 Task A scoring
of TIMEX3 and grouped error listings, behind two commands (`chronicle` or `python -m app.evaluation`):

    chronicle eval GOLD_DIR... [--narrative|--news|--auto] [--errors N] [--kind KIND] [--json PATH]
    chronicle timeml IN_DIR OUT_DIR [--narrative|--news|--auto]

Modules: `timeml` (documents, creation-time anchor, writer), `annotation` (running the engine), `scoring`
(TempEval-3 matching and scores), `errors` (grouping by shape), `report` (table, listing, JSON), `commands`.
"""
