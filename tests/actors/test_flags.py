"""A flag emoji in a post author's display name stands for the country."""
from rasd.actors.flags import flag_country, flagged_actor
from rasd.actors.kb import load_kb


def test_a_flag_names_its_country():
    assert flag_country("وزارة الخارجية 🇸🇦") == "SAU"
    assert flag_country("الرئاسة 🇹🇷 | Türkiye") == "TUR"
    assert flag_country("وزارة الخارجية") is None


def test_a_flagged_head_is_that_countrys_body():
    kb = load_kb()
    assert flagged_actor(kb, "وزارة الخارجية 🇸🇦") == "sau_foreign_ministry"
    assert flagged_actor(kb, "وزارة الخارجية 🇹🇷") == "tur_foreign_ministry"
    assert flagged_actor(kb, "وزارة الخارجية") is None
    assert flagged_actor(kb, "محبو القهوة 🇸🇦") is None
