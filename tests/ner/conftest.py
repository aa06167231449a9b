"""A small CoNLL corpus written for rasd (invented names, real places), and a model
trained on it once per session."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

# One sentence per line; «[TYPE words]» marks a name. Tokens are separated by spaces.
SENTENCES = """\
قال [PER سامر الحلبي] إن [ORG شركة النخيل] ستفتتح فرعا في [LOC طرابلس] .
التقى [PER مروان العتيبي] وفدا من [ORG جمعية الأمل] في [LOC الزرقاء] أمس .
أعلنت [ORG مؤسسة الفجر] عن برنامج جديد في [LOC إربد] .
وصل [PER خالد النجار] إلى [LOC عمان] قادما من [LOC القاهرة] .
أكد [PER يوسف الدباغ] أن [ORG نادي الوحدات] سيلعب في [LOC العقبة] .
افتتح [PER نبيل الكردي] معرضا للكتاب في [LOC بيروت] .
وقعت [ORG شركة الرافدين] اتفاقا مع [ORG مصرف الاتحاد] في [LOC بغداد] .
زار [PER فادي السعدي] مدينة [LOC حمص] الأسبوع الماضي .
قال المتحدث باسم [ORG هيئة الموانئ] [PER عادل المصري] إن العمل مستمر .
استقبل [PER سليم الخوري] سفير [LOC اليابان] في [LOC دمشق] .
شارك [PER رامي الشامي] في مؤتمر [ORG اتحاد المهندسين] في [LOC تونس] .
نظمت [ORG جامعة اليرموك] ندوة حول المياه في [LOC إربد] .
أعلن [PER عمر البدوي] استقالته من [ORG حزب الوسط] .
فاز [ORG نادي الفيصلي] على [ORG نادي الرمثا] في [LOC عمان] .
يزور [PER هشام العلي] [LOC الرباط] الأسبوع المقبل .
قالت [PER ليلى الحسن] إن [ORG منظمة الصحة] قدمت مساعدات إلى [LOC غزة] .
التقى [PER ماجد الزعبي] مع [PER حسام الدين] في [LOC الدوحة] .
أصدرت [ORG محكمة الاستئناف] حكما في قضية [PER طارق المومني] .
عاد [PER زياد القاسم] إلى [LOC الخرطوم] بعد زيارة إلى [LOC أديس أبابا] .
دعت [ORG نقابة المعلمين] إلى إضراب في [LOC الكرك] .
صرح [PER بسام الطويل] بأن [ORG شركة البوتاس] حققت أرباحا .
انتقل [PER أيمن الصالح] من [LOC حلب] إلى [LOC إسطنبول] .
رحب [PER وليد الفاعوري] بقرار [ORG مجلس الأعيان] .
أطلقت [ORG وزارة البيئة] حملة لتنظيف شواطئ [LOC العقبة] .
كتب [PER جمال الرفاعي] مقالا في صحيفة [ORG الدستور] .
ناقش [PER سعيد الخطيب] و [PER أنور الحمود] خطة التنمية في [LOC مادبا] .
وقال [PER فراس العمري] إن الأمطار غزيرة في [LOC السلط] .
تسلم [PER رائد المجالي] جائزة من [ORG مؤسسة شومان] .
ترأس [PER منذر العبادي] اجتماع [ORG غرفة تجارة عمان] .
نشرت [ORG وكالة بترا] خبرا عن [LOC جرش] .
سافر [PER كريم الناصر] إلى [LOC باريس] لحضور مؤتمر [ORG اليونسكو] .
اتهم [PER حازم الشريف] [ORG شركة الكهرباء] بالتقصير .
قال [PER صالح العمر] إن [LOC البصرة] تحتاج إلى مشاريع .
أشاد [PER مهند الربيع] بجهود [ORG الدفاع المدني] في [LOC معان] .
التقى [PER عماد الحسيني] ممثلين عن [ORG البنك الدولي] في [LOC عمان] .
افتتحت [ORG بلدية الزرقاء] حديقة جديدة .
وصل [PER ناصر الجبوري] إلى [LOC أربيل] .
تحدث [PER إياد الشمري] عن تاريخ [LOC الموصل] .
أكد [PER مالك الحديدي] دعم [ORG الاتحاد الأوروبي] للمشروع .
استضافت [LOC جدة] اجتماع [ORG منظمة التعاون الإسلامي] .
قال [PER عصام البكري] إن [ORG الهلال الأحمر] أرسل قافلة إلى [LOC درعا] .
غادر [PER باسل الحمدان] [LOC بيروت] متجها إلى [LOC قبرص] .
ارتفعت أسعار الخضار في الأسواق هذا الأسبوع .
وقال المسؤول إن الاجتماع سيعقد غدا .
"""

_NAME = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\]]+)\]|(\S+)")


def conll_lines(annotated: str, per_tag: str = "PER") -> list[str]:
    """«قال [PER سامر الحلبي] …» → CoNLL lines; `per_tag` spells PER (ANERcorp: PERS)."""
    out = []
    for m in _NAME.finditer(annotated):
        if m.group(3):
            out.append(f"{m.group(3)} O")
            continue
        typ = per_tag if m.group(1) == "PER" else m.group(1)
        for k, word in enumerate(m.group(2).split()):
            out.append(f"{word} {'B' if k == 0 else 'I'}-{typ}")
    return out


def write_conll(path: Path, lines: list[str], breaks: bool = True, per_tag: str = "PER") -> Path:
    rows: list[str] = []
    for line in lines:
        rows += conll_lines(line, per_tag)
        if breaks:
            rows.append("")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def conll_writer():
    """write_conll(path, annotated lines, breaks=True, per_tag="PER") → path."""
    return write_conll


@pytest.fixture(scope="session")
def sentences() -> list[str]:
    return SENTENCES.splitlines()


@pytest.fixture(scope="session")
def conll_file(tmp_path_factory, sentences) -> Path:
    return write_conll(tmp_path_factory.mktemp("conll") / "news.conll", sentences, per_tag="PERS")


@pytest.fixture(scope="session")
def model(tmp_path_factory, conll_file) -> Path:
    pytest.importorskip("pycrfsuite", reason="the CRF tagger needs python-crfsuite (pip install 'rasd[ner]')")
    from rasd.ner import read_conll, train
    out = tmp_path_factory.mktemp("model") / "news.crf"
    train(read_conll(conll_file), out, c1=0.01, c2=0.01, max_iterations=100)
    return out
