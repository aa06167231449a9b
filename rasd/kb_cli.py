"""`rasd kb …`: check, search and extend the actor knowledge base."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .text.normalize import normalize_string


@click.group("kb")
def kb():
    """Inspect and extend the actor knowledge base."""


@kb.command("check")
@click.option("--kb-overlay", "overlays", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Also check this overlay file (repeatable).")
@click.option("--warnings/--no-warnings", default=True, show_default=True, help="Print warnings too.")
def check(overlays, warnings):
    """Validate the knowledge base: unique ids, ISO codes, dates, office holders, spelling.

    Exits 1 when there is any error."""
    from .actors.kb import apply_overlays, check_raw, compile_kb, read_raw
    from .errors import DataError
    raw = apply_overlays(read_raw(), tuple(overlays))
    problems = check_raw(raw)
    if not any(p.startswith("ERROR") for p in problems):
        try:
            kb_ = compile_kb(raw)
        except DataError as exc:
            problems.append(f"ERROR {exc.message}")
            kb_ = None
    errors = [p for p in problems if p.startswith("ERROR")]
    for p in problems:
        if warnings or p.startswith("ERROR"):
            click.echo(p)
    counts = {k: len(raw[k]) for k in ("countries", "places", "persons", "organizations")}
    click.echo(f"{len(errors)} errors, {len(problems) - len(errors)} warnings; "
               + ", ".join(f"{v} {k}" for k, v in counts.items()), err=True)
    sys.exit(1 if errors else 0)


@kb.command("search")
@click.argument("name")
@click.option("--date", metavar="YYYY-MM-DD", help="Show offices held on this date only.")
@click.option("--limit", default=20, show_default=True, help="At most this many actors.")
def search(name, date, limit):
    """Find actors by Arabic or English name, alias or id (substring match)."""
    from .actors.kb import load_kb
    kb_ = load_kb()
    found = find_actors(kb_, name)[:limit]
    if not found:
        click.echo(f"no actor matches {name!r}", err=True)
        sys.exit(1)
    for actor in found:
        offices = ", ".join(kb_.offices_of(actor.id, date)) if actor.type == "person" else ""
        click.echo(f"{actor.id}\t{actor.type}\t{actor.country or '-'}\t{actor.sector or '-'}\t"
                   f"{actor.name_en} | {actor.name_ar}\t{actor.wikidata or ''}\t{offices}")


def find_actors(kb_, query: str):
    q_ar, q_en = normalize_string(query), query.casefold()
    scored = []
    for actor in kb_.actors.values():
        ar = [normalize_string(n) for n in [actor.name_ar] + actor.aliases_ar]
        en = [n.casefold() for n in [actor.name_en] + actor.aliases_en]
        if actor.id == query or q_ar in ar or q_en in en:
            scored.append((0, actor.name_en, actor))
        elif any(q_ar in n for n in ar) or any(q_en in n for n in en) or q_en in actor.id:
            scored.append((1, actor.name_en, actor))
    return [a for _, _, a in sorted(scored, key=lambda t: (t[0], t[1]))]


@kb.command("import-petrarch")
@click.argument("dictionary", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Overlay YAML to write.")
def import_petrarch(dictionary, out):
    """Convert a PETRARCH actor dictionary into an overlay for --kb-overlay.

    Names rasd already knows are skipped; names rasd knows as another country's actor are
    reported as conflicts and not imported."""
    import yaml
    from .actors.kb import load_kb
    from .actors.petrarch import parse_dictionary, to_overlay
    entries = parse_dictionary(Path(dictionary))
    records, conflicts = to_overlay(entries, load_kb())
    header = (f"# rasd knowledge-base overlay imported from {Path(dictionary).name} "
              f"by `rasd kb import-petrarch`.\n# Load it with `rasd extract --kb-overlay {Path(out).name}`.\n")
    Path(out).write_text(header + yaml.safe_dump(records, allow_unicode=True, sort_keys=False),
                         encoding="utf-8")
    for c in conflicts:
        click.echo(f"conflict: {c}", err=True)
    click.echo(f"{len(entries)} dictionary entries: {len(records)} imported, "
               f"{len(conflicts)} conflicts, {len(entries) - len(records) - len(conflicts)} "
               f"already known or without a code", err=True)
