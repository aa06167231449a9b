"""`rasd ner …`: train the CRF name tagger and score name recognition on CoNLL files."""
from __future__ import annotations

import json
import sys

import click

from ..errors import RasdError
from .model import DEFAULT_C1, DEFAULT_C2, DEFAULT_ITERATIONS, DOC_SENTENCES

CONLL = click.Path(exists=True, dir_okay=False)


@click.group("ner")
def ner():
    """Train and evaluate the CRF tagger for names the knowledge base lacks (needs rasd[ner])."""


@ner.command("train")
@click.option("--conll", "conll", required=True, type=CONLL,
              help='Training data: "token TAG" per line, blank lines between sentences (B-/I- PER(S), ORG, LOC, MISC).')
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True),
              help="Where to write the model (a JSON sidecar OUT.json is written beside it). Keep it out of the repository.")
@click.option("--c1", default=DEFAULT_C1, show_default=True, type=click.FloatRange(min=0),
              help="L1 regularisation weight.")
@click.option("--c2", default=DEFAULT_C2, show_default=True, type=click.FloatRange(min=0),
              help="L2 regularisation weight.")
@click.option("--max-iterations", default=DEFAULT_ITERATIONS, show_default=True, type=click.IntRange(min=1),
              help="At most this many L-BFGS iterations.")
@click.option("--doc-sentences", default=DOC_SENTENCES, show_default=True, type=click.IntRange(min=1),
              help="Runs of this many sentences count as one document (the scope of the memory features).")
@click.option("--verbose", is_flag=True, help="Print crfsuite's progress on stderr.")
def train(conll, out, c1, c2, max_iterations, doc_sentences, verbose):
    """Train a CRF model on a CoNLL file."""
    from .conll import read_conll
    from .model import train as train_model
    try:
        sentences = read_conll(conll)
        meta = train_model(sentences, out, c1=c1, c2=c2, max_iterations=max_iterations,
                           doc_sentences=doc_sentences, verbose=verbose)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"trained on {meta['sentences']} sentences, {meta['tokens']} tokens in "
               f"{meta['seconds']} s; wrote {out} ({meta['bytes']} bytes)", err=True)


@ner.command("eval")
@click.option("--conll", "conll", required=True, type=CONLL, help="Gold data in CoNLL format.")
@click.option("--model", type=click.Path(exists=True, dir_okay=False),
              help="Score this CRF model (without it: rasd's knowledge-base and rules entities).")
@click.option("--combined", is_flag=True,
              help="With --model: score the pipeline with the tagger added after the entities stage.")
@click.option("--doc-sentences", default=DOC_SENTENCES, show_default=True, type=click.IntRange(min=1),
              help="Runs of this many sentences count as one document (1: sentence by sentence).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(conll, model, combined, doc_sentences, as_json):
    """Score entities against a CoNLL file: precision, recall and F1 per type (exact spans),
    micro-averaged over PER, ORG and LOC; MISC is reported apart."""
    from .conll import read_conll
    from .evaluate import evaluate as run_eval
    if combined and not model:
        raise click.UsageError("--combined needs --model")
    mode = "combined" if combined else "crf" if model else "rules"
    try:
        score = run_eval(read_conll(conll), mode, model, doc_sentences=doc_sentences)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc
    result = {"mode": mode, "model": model, "scores": score.to_dict()}
    if as_json:
        click.echo(json.dumps(result, indent=1))
        return
    click.echo(f"mode: {mode}" + (f" ({model})" if model else ""))
    click.echo(f"{'type':<6} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>6}")
    for name in ("PER", "ORG", "LOC", "micro", "MISC"):
        row = result["scores"][name]
        label = "micro" if name == "micro" else name
        click.echo(f"{label:<6} {row['precision'] * 100:6.2f} {row['recall'] * 100:6.2f} "
                   f"{row['f1'] * 100:6.2f} {row['gold']:>6}")
    click.echo("micro: PER+ORG+LOC; MISC is not in the average", err=True)
    sys.stdout.flush()
