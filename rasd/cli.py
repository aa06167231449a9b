"""The `rasd` command line. Thin: it parses options, calls the library and turns
RasdErrors into messages and exit codes at the edge (0 all good, 1 some documents failed,
2 usage errors)."""
from __future__ import annotations

import json
import sys

import click

from . import __version__
from .readers import DEFAULT_MAX_BYTES, FORMATS, ReadFailure, read_inputs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="rasd")
def main():
    """rasd (رصد): Arabic political event extraction."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write the output (default: standard output).")
@click.option("--jsonl", "force_jsonl", is_flag=True,
              help="Write JSONL (one document per line) even for a single input.")
@click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="How to read the inputs; auto uses the file extension, then the content.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse documents larger than this many bytes.")
@click.option("--published", "default_published", metavar="DATE",
              help="Publication date (YYYY-MM-DD) for inputs that do not carry one.")
@click.option("--tokens", is_flag=True, help="Include the token layer in the output.")
@click.option("--format", "out_format", type=click.Choice(["json", "plover"]), default="json", show_default=True,
              help="json: rasd documents; plover: POLECAT-style JSONL, one record per event.")
@click.option("--kb-overlay", "kb_overlays", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A knowledge-base overlay YAML (e.g. from `rasd kb import-petrarch`); repeatable.")
@click.option("--ner-model", type=click.Path(exists=True, dir_okay=False),
              help="A CRF model from `rasd ner train`: add the names it finds (default: $RASD_NER_MODEL).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are several documents).")
def extract(inputs, output, force_jsonl, input_format, max_bytes, default_published, tokens,
            out_format, kb_overlays, ner_model, progress):
    """Extract rasd documents from INPUT files, folders, JSONL, or - (stdin).

    One text or HTML input prints one pretty JSON document; JSONL input, several inputs
    or --jsonl write JSONL, one document per line, in input order. A document that fails
    is written as {"doc_id", "error": {"code", "message"}} and reported on stderr.
    """
    from .errors import RasdError
    from .pipeline import Pipeline
    from .readers import normalize_published

    if default_published is not None and normalize_published(default_published, "--published", []) is None:
        raise click.BadParameter("must be an ISO date such as 2025-02-12", param_hint="--published")
    try:
        pipeline = Pipeline(max_bytes=max_bytes, kb_overlays=kb_overlays, ner_model=ner_model)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc
    items = read_inputs(inputs, input_format=input_format, max_bytes=max_bytes)
    if default_published:
        items = _with_default_published(items, normalize_published(default_published, "", []))
    single = out_format == "json" and not force_jsonl and len(inputs) == 1 and \
        _is_single_document(inputs[0], input_format)
    show = progress if progress is not None else (sys.stderr.isatty() and not single)
    failed = 0
    with click.open_file(output, "w", encoding="utf-8") as out:
        results = pipeline.process_all(items)
        if show:
            from tqdm import tqdm
            results = tqdm(results, desc="rasd", unit="doc", file=sys.stderr)
        for result in results:
            if isinstance(result, ReadFailure):
                failed += 1
                click.echo(f"rasd: {result.error}", err=True)
                records = [{"doc_id": result.id, "input": result.name, "error": result.error.to_dict()}]
            elif out_format == "plover":
                from .export import plover_records
                records = plover_records(result.to_dict())
            else:
                records = [result.to_dict(include_tokens=tokens)]
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False, indent=1 if single else None) + "\n")
    sys.exit(1 if failed else 0)


def _is_single_document(item: str, input_format: str) -> bool:
    from pathlib import Path
    from .readers import EXTENSIONS
    if input_format == "jsonl":
        return False
    if item == "-":
        return input_format in ("text", "html")
    path = Path(item)
    return path.is_file() and EXTENSIONS.get(path.suffix.lower()) != "jsonl" and \
        (input_format != "auto" or path.suffix.lower() in EXTENSIONS or _sniff(path) != "jsonl")


def _sniff(path) -> str:
    from .readers import sniff_format
    with open(path, "rb") as fh:
        return sniff_format(fh.read(4096))


def _with_default_published(items, published: str):
    for item in items:
        if not isinstance(item, ReadFailure) and not item.meta.get("published"):
            item.meta["published"] = published
            item.meta["published_source"] = "cli"
        yield item


from .kb_cli import kb as _kb  # noqa: E402  (the `kb` command group)

main.add_command(_kb)

from .ner.cli import ner as _ner  # noqa: E402  (the `ner` command group)

main.add_command(_ner)

from . import store_cli as _store  # noqa: E402  (the corpus store's commands)

main.add_command(_store.ingest)
main.add_command(_store.events)
main.add_command(_store.actors)
main.add_command(_store.docs)
main.add_command(_store.show)
main.add_command(_store.stats)
main.add_command(_store.export)

if __name__ == "__main__":  # pragma: no cover
    main()
