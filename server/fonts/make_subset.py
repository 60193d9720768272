"""Makes NotoSansSC-GB2312.otf: Noto Sans CJK SC Regular (SIL OFL 1.1) cut down to the
characters of GB2312 (all 6,763 hanzi of levels 1 and 2, its symbols and punctuation)
plus printable ASCII. Run once; the output is committed (see README.md here).

    pip install fonttools
    python3 make_subset.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""
import sys
from fontTools.ttLib import TTCollection
from fontTools import subset

source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

chars = set(chr(c) for c in range(0x20, 0x7F))
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
chars |= set("·—‘’“”…、。〈〉《》「」『』【】〔〕（）！，．：；？＊")
# Characters common in given names that GB2312 lacks (they are in GBK / 通用规范汉字表).
NAME_EXTRA = (
    "堃喆昇玥珺琍璟祎淏旻昳晞翀彧玙珈赟沄洺烜焜煊垚堉頔瑄瑆琤璠瑢瑀珣珮玟珩琮"
    "婳嫣妤娆婵媞姮嬿彤昕晗晟暄曦栩桉楠榕樾汐沅泓浛涵淇渊溪滢澜灏炅炫烨焓煜熙燊"
    "犇琛琨瑜瑶璐皓祺禛竑筠蓁蕤锃铖镕鑫铭阳雯霏霖靓韬颢飏骅鹏麒龑"
)
chars |= set(NAME_EXTRA)

collection = TTCollection(source)
index = next(
    i for i, f in enumerate(collection.fonts)
    if f["name"].getDebugName(1) == "Noto Sans CJK SC"
)
font = collection.fonts[index]
options = subset.Options()
options.layout_features = []
options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
options.name_languages = [0x409]
options.notdef_outline = True
options.hinting = False
options.desubroutinize = False
subsetter = subset.Subsetter(options)
subsetter.populate(text="".join(sorted(chars)))
subsetter.subset(font)
font.save("NotoSansSC-GB2312.otf")
print(f"{len(chars)} characters from face {index} of {source}")
