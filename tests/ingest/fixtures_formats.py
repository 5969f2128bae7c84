"""Small real-shaped PDF and HTML reports built in the tests (fpdf2, a Japanese TTF font)."""
from __future__ import annotations

import io
import random
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest

HEADER = "科学技術振興機構 研究開発戦略センター 海外動向報告"

# Distinct sentences (a fixture must not repeat itself, or the cleaner rightly takes lines for furniture).
SENTENCES = [
    "2024年6月12日から15日にかけて、イタリア・プーリアでG7サミットが開催された。",
    "首脳は人工知能の安全性に関する協力を強化することで合意した。",
    "日本政府は2025年を目途に新たな研究開発戦略を策定する方針を示した。",
    "欧州連合は量子技術への投資を拡大し、共同研究の枠組みを設立すると発表した。",
    "米国の国立科学財団は半導体人材の育成計画を公表した。",
    "中国科学院は北京に新しい研究所を設置する予定である。",
    "韓国は2030年までに研究開発投資を国内総生産の5%に引き上げる目標を掲げた。",
    "インドは宇宙開発に関する国際協力を推進すると述べた。",
    "英国政府は人工知能安全研究所の予算を増額すると表明した。",
    "ドイツは水素技術の実証事業を支援することを決定した。",
    "フランスは原子力分野の研究拠点を拡充する計画を承認した。",
    "オーストラリアは重要鉱物の供給網強化で日本と協力することを確認した。",
]


@lru_cache(maxsize=1)
def japanese_font() -> Path:
    """A Japanese TrueType/OpenType font file (not a .ttc collection, which fpdf2 cannot embed)."""
    try:
        out = subprocess.run(["fc-list", ":lang=ja", "file"], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        out = ""
    files = sorted(p.strip().rstrip(":") for p in out.splitlines() if p.strip().rstrip(":").endswith((".ttf", ".otf")))
    if not files:
        pytest.fail("no Japanese TTF font: apt-get install -y fonts-ipafont-gothic (.ci/run does)")
    gothic = [f for f in files if "gothic" in f.lower()]
    return Path((gothic or files)[0])


def _pdf():
    from fpdf import FPDF

    class Report(FPDF):
        header_text: str | None = None
        footer_numbers = True

        def header(self):
            if self.header_text:
                self.set_font("ja", size=9)
                self.cell(0, 8, self.header_text, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            if self.footer_numbers:
                self.set_y(-15)
                self.set_font("ja", size=9)
                self.cell(0, 8, f"- {self.page_no()} -", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf = Report()
    pdf.add_font("ja", fname=str(japanese_font()))
    return pdf


def japanese_pdf(pages: list[list[str]], header: str | None = HEADER, page_numbers: bool = True,
                 encrypt_user: str | None = None, encrypt_owner: str | None = None) -> bytes:
    """One PDF page per item of `pages` (each a list of paragraphs), a running header and page numbers."""
    from fpdf.enums import EncryptionMethod

    pdf = _pdf()
    pdf.header_text, pdf.footer_numbers = header, page_numbers
    pdf.set_auto_page_break(True, margin=20)
    for paragraphs in pages:
        pdf.add_page()
        pdf.set_font("ja", size=11)
        for para in paragraphs:
            pdf.multi_cell(0, 7, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    if encrypt_user is not None or encrypt_owner is not None:
        pdf.set_encryption(owner_password=encrypt_owner or "owner-secret", user_password=encrypt_user or "",
                           encryption_method=EncryptionMethod.AES_128)
    return bytes(pdf.output())


def scanned_pdf(n_pages: int = 2) -> bytes:
    """Pages that are only images (a scan): no text layer at all."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF()
    rng = random.Random(7)
    for _ in range(n_pages):
        img = Image.new("L", (400, 560), 255)
        draw = ImageDraw.Draw(img)
        for _ in range(60):  # dark strokes where text lines would be
            y = rng.randrange(20, 540)
            draw.line((30, y, rng.randrange(200, 370), y), fill=rng.randrange(0, 90), width=3)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        pdf.add_page()
        pdf.image(buf, x=10, y=10, w=190)
    return bytes(pdf.output())


def report_pages(n_pages: int, per_page: int = 3) -> list[list[str]]:
    """Pages of distinct sentences, cycling through SENTENCES with a page marker so no line repeats."""
    pages, k = [], 0
    for p in range(n_pages):
        paras = []
        for _ in range(per_page):
            paras.append(SENTENCES[k % len(SENTENCES)])
            k += 1
        pages.append(paras)
    return pages
