"""Knowledge generated from the data by rule: demonym forms and state institutions.

Demonyms: the masculine singular nisba (سوري) gives the feminine, the plurals and duals,
each with and without the article. Institutions: for every country with a demonym,
institutions.yaml's heads give «الحكومة السورية», «النظام السوري», «حكومة سوريا» …
"""
from __future__ import annotations

from .. import errors
from ..text.normalize import normalize_string

ARTICLE = "ال"
# suffixes of a nisba adjective (m sg ends in ي) by gender/number
NISBA_FORMS = {"m": "", "f": "ة", "m_pl": "ون", "m_pl_obl": "ين", "f_pl": "ات",
               "m_du": "ان", "f_du": "تان", "f_du_obl": "تين"}
# what agrees with a head of each gender
AGREEMENT = {"m": ("m",), "f": ("f",), "m_pl": ("m_pl", "m_pl_obl"), "f_pl": ("f_pl", "f")}


def demonym_forms(country: dict) -> list[tuple[str, str]]:
    """(form, gender/number) for every written form of a country's adjective."""
    out = []
    bases = [country.get("adjective_ar")] + list(country.get("adjective_extra_ar") or [])
    for base in bases:
        if not base:
            continue
        if " " not in base and base.endswith("ي"):
            for gn, suffix in NISBA_FORMS.items():
                out += [(base + suffix, gn), (ARTICLE + base + suffix, gn)]
        else:  # broken plurals (أتراك) and two-word adjectives (كوري شمالي)
            out += [(base, "pl"), (ARTICLE + base, "pl")]
    return out


def _definite(form: str) -> str:
    return " ".join(ARTICLE + w for w in form.split())


def institutions_for(countries, data, actors, names):
    """Actors for every (country, institution) pair, with their Arabic name variants."""
    from .kb import Actor, name_tokens
    out = []
    for spec in (data or {}).get("institutions", []):
        if spec.get("sector") is None or not spec.get("heads"):
            raise errors.DataError(f"institutions.yaml: {spec.get('id')} needs sector and heads")
        for c in countries:
            variants = _variants(spec, c)
            if not variants:
                continue
            existing = _existing_org(variants, c["iso3"], spec["sector"], actors, names, name_tokens)
            if existing is None:   # «القوات اللبنانية» is a party's name, not the army's
                variants = [v for v in variants if not _other_orgs_name(v, actors, names, name_tokens)]
                if not variants:
                    continue
            en = c["name_en"]
            actor = actors.get(existing) if existing else Actor(
                f"{c['iso3'].lower()}_{spec['id']}", spec["name_en"].format(country=en),
                variants[0], "organization", c["iso3"], spec["sector"], None,
                [a.format(country=en) for a in spec.get("aliases_en", [])], [],
                kind=spec["id"], source="generated")
            if existing is None:
                actor.aliases_ar = variants[1:]
            else:
                actor = _with_extra_aliases(actor, variants)
            actor.kind = actor.kind or spec["id"]
            if spec.get("entity") is False:
                actor.named = False
            out.append(actor)
    return out


def _variants(spec: dict, country: dict) -> list[str]:
    """Arabic forms: head + agreeing definite adjective, construct + country name, and
    the names institutions.yaml lists for this country."""
    forms = []
    adjectives = demonym_forms(country)
    for head in spec["heads"]:
        wanted = AGREEMENT.get(head["gender"], (head["gender"],))
        for form, gn in adjectives:
            if gn in wanted and form.startswith(ARTICLE):
                forms.append(f"{head['ar']} {form}")
            elif gn == "pl" and form.startswith(ARTICLE) and head["gender"].endswith("pl"):
                forms.append(f"{head['ar']} {form}")
        if head.get("construct"):
            for name in [country["name_ar"]] + list(country.get("aliases_ar") or []):
                if len(name.split()) <= 2:
                    forms.append(f"{head['construct']} {name}")
    forms += (spec.get("extra_ar") or {}).get(country["iso3"], [])
    return list(dict.fromkeys(forms))


def _existing_org(variants, iso3, sector, actors, names, name_tokens):
    """The organisation of this country and sector that the knowledge base already names
    by one of the variants (syria_presidency for «الرئاسة السورية»), or None."""
    for form in variants:
        for name in names.get(name_tokens(form), []):
            actor = actors.get(name.actor)
            if actor and actor.type in ("organization", "group") and actor.country == iso3 \
                    and actor.sector == sector:
                return actor.id
    return None


def _other_orgs_name(form, actors, names, name_tokens) -> bool:
    return any(actors.get(name.actor) is not None and actors[name.actor].type in ("organization", "group")
               for name in names.get(name_tokens(form), []))


def _with_extra_aliases(actor, variants):
    known = {normalize_string(a) for a in [actor.name_ar] + actor.aliases_ar}
    actor.aliases_ar = actor.aliases_ar + [v for v in variants if normalize_string(v) not in known]
    return actor
