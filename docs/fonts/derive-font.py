#!/usr/bin/python3
"""Derives the PDF font src/main/resources/fonts/NotoSerifSC-Regular.ttf from Debian's fonts-noto-cjk.

Noto Serif CJK SC Regular (SIL Open Font License 1.1) is cut down to the characters enforcement documents use
(Latin, punctuation, CJK symbols, the CJK Unified Ideographs block U+4E00-9FFF, full-width forms) and its cubic
CFF outlines are converted to quadratic TrueType outlines: PDF writers embed and subset TrueType fonts
reliably as CIDFontType2, which every viewer renders.

  apt-get install fonts-noto-cjk python3-fonttools
  /usr/bin/python3 docs/fonts/derive-font.py
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SC_FACE = 2
TARGET = "src/main/resources/fonts/NotoSerifSC-Regular.ttf"
UNICODES = ("U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203B,U+2103,U+2116,U+2160-216B,U+2190-2193,"
            "U+2460-249B,U+25A0-25CF,U+2605-2606,U+3000-303F,U+3220-3229,U+3231,U+4E00-9FFF,U+FE30-FE4F,"
            "U+FF01-FF5E,U+FFE0-FFE5")
# Largest distance (font units of a 1000-unit em) between a cubic curve and its quadratic approximation.
MAX_ERROR = 1.0


def cut_down(font):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)


def to_truetype(font):
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    maxp.numGlyphs = len(glyph_order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = glyph_order
    font.sfntVersion = "\000\001\000\000"


def main():
    font = TTFont(SOURCE, fontNumber=SC_FACE, lazy=False)
    cut_down(font)
    to_truetype(font)
    font.save(sys.argv[1] if len(sys.argv) > 1 else TARGET)


if __name__ == "__main__":
    main()
