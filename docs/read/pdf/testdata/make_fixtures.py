#!/usr/bin/env python3
"""Builds the PDF fixtures of the pdf reader tests.

Each letter is written as a flat ODF text (.fodt) laid out the Decree 30 way
(two-column header in a borderless table, justified body with a first-line
indent, signature block in a table, page number centred at the top from page
2), converted with LibreOffice, and its paragraphs in reading order are
written beside it as <name>.want.txt, one paragraph a line. The test reads
the PDF and compares.

Run from this folder:  python3 make_fixtures.py   (needs soffice)
"""
import html
import subprocess

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="13pt"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm"/></style:header-style>
 </style:page-layout>
 <style:style style:name="First" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="QH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
 <style:style style:name="CS" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="CI" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="TITLE" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="18pt"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
 <style:style style:name="SUBJ" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-bottom="12pt"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TO" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="12pt" fo:margin-left="4cm" fo:margin-bottom="3pt"/></style:style>
 <style:style style:name="TOL" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="4cm"/></style:style>
 <style:style style:name="B" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm" fo:margin-top="6pt" fo:line-height="115%"/></style:style>
 <style:style style:name="BI" style:family="paragraph" style:parent-style-name="B">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm" fo:margin-top="6pt" fo:line-height="115%"/>
  <style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="NN" style:family="paragraph">
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="NL" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="GAP" style:family="paragraph"><style:paragraph-properties fo:margin-top="50pt"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="PN" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="T" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="T1" style:family="table" style:master-page-name="First">
  <style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="TA" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TB" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
 <style:style style:name="TD" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First" style:page-layout-name="pm" style:next-style-name="Rest"/>
 <style:master-page style:name="Rest" style:page-layout-name="pm">
  <style:header><text:p text:style-name="PN"><text:page-number text:select-page="current"/></text:p></style:header>
 </style:master-page>
</office:master-styles>
"""


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, html.escape(text))


def cell(paras):
    return '<table:table-cell table:style-name="TD">%s</table:table-cell>' % ''.join(paras)


def table(rows, style='T'):
    body = ''.join('<table:table-row>%s</table:table-row>' % ''.join(cell(c) for c in r) for r in rows)
    return ('<table:table table:style-name="%s"><table:table-column table:style-name="TA"/>'
            '<table:table-column table:style-name="TB"/>%s</table:table>' % (style, body))


def letter(name, header, body, sign):
    """header and sign: rows of [left paras, right paras]; body: paras.
    A para is (style, text); the want file lists the texts in reading order:
    each table column top to bottom, the left before the right."""
    parts, want = [], []

    def add_table(rows, first=False):
        for side in (0, 1):
            want.extend(t for r in rows for (_, t) in r[side] if t)
        xml_rows = [[[p(s, t) for (s, t) in side] for side in r] for r in rows]
        # The first table starts the page style without a page number.
        parts.append(table(xml_rows, 'T1' if first else 'T'))

    add_table(header, first=True)
    for s, t in body:
        parts.append(p(s, t))
        want.append(t)
    add_table(sign)
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.text">%s<office:body><office:text>%s'
           '</office:text></office:body></office:document>\n' % (NS, STYLES, '\n'.join(parts)))
    with open(name + '.fodt', 'w', encoding='utf-8') as f:
        f.write(doc)
    with open(name + '.want.txt', 'w', encoding='utf-8') as f:
        f.write('\n'.join(want) + '\n')
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', name + '.fodt'], check=True,
                   stdout=subprocess.DEVNULL)


KONTUM_BODY = [
    ('B', 'Xét đề nghị của Hội đồng kiểm tra, đánh giá chấm điểm cải cách hành chính tỉnh tại Công văn số '
          '2018/CV-HĐ ngày 10 tháng 8 năm 2021; để kịp thời khắc phục những tồn tại, hạn chế qua kiểm tra việc '
          'thực hiện nhiệm vụ cải cách hành chính tại các đơn vị, địa phương năm 2021, Ủy ban nhân dân tỉnh yêu cầu:'),
    ('B', '1. Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Trưởng ban Ban Quản lý Khu kinh tế '
          'tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố:'),
    ('B', '- Tập trung lãnh đạo, chỉ đạo, thực hiện các nội dung đã đề ra tại Kế hoạch cải cách hành chính năm '
          '2021 của tỉnh(1) và kế hoạch cải cách hành chính tại đơn vị, địa phương đảm bảo hiệu quả, đúng tiến độ, '
          'gắn với thực hiện Nghị quyết số 03-NQ/TU ngày 30 tháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh (khóa '
          'XVI) về lãnh đạo thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng, an ninh, xây dựng Đảng và hệ thống '
          'chính trị 6 tháng cuối năm 2021; đồng thời, theo thẩm quyền quy định, tiếp tục xem xét việc cắt giảm '
          'chi phí thời gian giải quyết thủ tục hành chính cho người dân và doanh nghiệp.'),
    ('B', '- Thực hiện việc niêm yết thủ tục hành chính và tổ chức tiếp nhận, giải quyết hồ sơ thuộc phạm vi, '
          'lĩnh vực quản lý đúng quy định; nâng cao tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn; tuyệt đối không '
          'tự ý yêu cầu người dân, doanh nghiệp bổ sung thêm các thủ tục, giấy tờ không có trong quy định; hạn chế '
          'tối đa việc người dân, doanh nghiệp phải đi lại nhiều lần; thực hiện nghiêm việc xin lỗi khi để xảy ra '
          'trễ hẹn; kiên quyết xử lý những trường hợp lợi dụng vị trí công tác để trục lợi cá nhân, gây khó khăn '
          'cho người dân, doanh nghiệp…'),
    ('B', '- Tăng cường công tác kiểm tra (định kỳ và đốt xuất) việc thực hiện công tác cải cách hành chính tại '
          'đơn vị và các đơn vị trực thuộc để kịp thời tháo gỡ những vướng mắc, khó khăn, bất cập; trường hợp vượt '
          'thẩm quyền báo cáo Ủy ban nhân dân tỉnh hoặc trình cấp có thẩm quyền xem xét.'),
    ('B', '- Xây dựng chuyên mục Cải cách hành chính trên Trang thông tin điện tử của đơn vị, địa phương; đồng '
          'thời, triển khai thực hiện việc đăng tin/bài viết tuyên truyền về cải cách hành chính lên chuyên mục ít '
          'nhất 01 tin, bài/tháng(2).'),
    ('B', '- Chủ động phối hợp với Ủy ban Mặt trận và các tổ chức đoàn thể chính trị - xã hội, đẩy mạnh tuyên '
          'truyền trong đoàn viên, hội viên, nhân dân về mục đích, ý nghĩa, tầm quan trọng, tác động của Chỉ số '
          'PAPI, PARINDEX trong hoạt động quản lý, điều hành của cơ quan hành chính nhà nước các cấp; tiếp tục vận '
          'động người dân, doanh nghiệp sử dụng tiện ích của dịch vụ bưu chính và dịch vụ công trực tuyến mức độ '
          '3, mức độ 4 trong giải quyết thủ tục hành chính.'),
    ('B', '- Tổ chức thực hiện tốt các nội dung về khắc phục những tồn tại, hạn chế từng chỉ số thành phần của '
          'Chỉ số PAPI, PAR INDEX tỉnh Kon Tum năm 2020 đã được phân tích, chỉ ra tại Công văn số 2158/UBND-KTTH '
          'ngày 28 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh; đồng thời, căn cứ chức năng, nhiệm vụ được giao, '
          'phối hợp với các đơn vị liên quan nghiên cứu các giải pháp để lãnh đạo, chỉ đạo, tổ chức triển khai '
          'thực hiện tại đơn vị, địa phương, góp phần cải thiện, nâng cao các Chỉ số PAPI, PAR INDEX của tỉnh '
          'trong thời gian tới.'),
    ('B', '2. Tổ chức thực hiện'),
    ('B', 'a) Sở Nội vụ có trách nhiệm:'),
    ('B', '- Trong năm 2021, nghiên cứu tham mưu Hội đồng kiểm tra, đánh giá, chấm điểm cải cách hành chính '
          'tỉnh kết hợp việc chấm điểm cải cách hành chính cuối năm với việc đánh giá kết quả thực hiện việc khắc '
          'phục tồn tại, hạn chế về Chỉ số PAPI tại đơn vị, địa phương.'),
    ('B', '- Theo dõi, tổng hợp, định kỳ hàng quý báo cáo Ủy ban nhân dân tỉnh kết quả tình hình thực hiện '
          'nhiệm vụ cải cách hành chính tại các đơn vị, địa phương.'),
    ('B', 'b) Các đơn vị được giao nhiệm vụ chủ trì, tham mưu thực hiện các nhiệm vụ về công tác cải cách hành '
          'chính năm 2021 (theo Kế hoạch số 4541/KH-UBND ngày 07 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh): '
          'ngoài việc tham mưu, thực hiện các nhiệm vụ theo kế hoạch, chủ động có giải pháp đột phá, đảm bảo tính '
          'khả thi và thực hiện hiệu quả để thực hiện từ năm 2021 và những năm tiếp theo, chịu trách nhiệm trước '
          'Ủy ban nhân dân tỉnh về kết quả chỉ đạo, thực hiện.'),
    ('B', 'c) Đề nghị Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Kho bạc Nhà nước tỉnh, Bảo hiểm xã hội tỉnh, Cục '
          'Thuế tỉnh, Viễn thông Kon Tum, Bưu điện tỉnh phối hợp với các đơn vị liên quan tổ chức thực hiện tốt '
          'việc giải quyết hồ sơ, thủ tục hành chính cho công dân, doanh nghiệp đảm bảo chất lượng, đúng thời hạn.'),
    ('B', 'd) Các đơn vị, địa phương được kiểm tra trực tiếp(3) (theo Kế hoạch số 1585/KH-UBND ngày 17 tháng 5 '
          'năm 2021 của Ủy ban nhân dân tỉnh): xây dựng kế hoạch khắc phục, báo cáo tình hình thực hiện về Sở Nội '
          'vụ chậm nhất ngày 30 tháng 10 năm 2021 để làm tài liệu kiểm chứng gửi Bộ Nội vụ, phục vụ việc chấm '
          'điểm cải cách hành chính năm 2021 đối với tiêu chí thành phần 1.3.2 (Xử lý các vấn đề phát hiện sau '
          'kiểm tra)(4).'),
    ('B', 'Ủy ban nhân dân tỉnh yêu cầu các đơn vị, địa phương nghiêm túc triển khai thực hiện./.'),
]

letter(
    'kontum-cchc',
    header=[
        [[('C', 'ỦY BAN NHÂN DÂN'), ('CB', 'TỈNH KON TUM')],
         [('QH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), ('CB', 'Độc lập - Tự do - Hạnh phúc')]],
        [[('C', 'Số: 2845/UBND-KTTH'),
          ('CS', 'V/v tăng cường công tác lãnh đạo, chỉ đạo, tổ chức thực hiện tốt các nhiệm vụ về cải cách hành chính')],
         [('CI', 'Kon Tum, ngày 24 tháng 8 năm 2021')]],
    ],
    body=[('TO', 'Kính gửi:'),
          ('TOL', '- Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;'),
          ('TOL', '- Ban Quản lý Khu kinh tế tỉnh;'),
          ('TOL', '- Ủy ban nhân dân các huyện, thành phố.')] + KONTUM_BODY,
    sign=[[[('NN', 'Nơi nhận:'), ('NL', '- Như trên;'), ('NL', '- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;'),
            ('NL', '- Các đoàn thể chính trị-xã hội tỉnh;'), ('NL', '- Công an tỉnh;'),
            ('NL', '- Bộ Chỉ huy Quân sự tỉnh;'), ('NL', '- Kho bạc Nhà nước tỉnh;'),
            ('NL', '- Lưu: VT, KTTH.')],
           [('CB', 'TM. ỦY BAN NHÂN DÂN'), ('CB', 'CHỦ TỊCH'), ('GAP', 'Lê Ngọc Tuấn')]]],
)

letter(
    'quyet-dinh-short',
    header=[
        [[('C', 'ỦY BAN NHÂN DÂN'), ('CB', 'HUYỆN NGỌC HỒI')],
         [('QH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), ('CB', 'Độc lập - Tự do - Hạnh phúc')]],
        [[('C', 'Số: 05/QĐ-UBND')], [('CI', 'Ngọc Hồi, ngày 07 tháng 01 năm 2022')]],
    ],
    body=[('TITLE', 'QUYẾT ĐỊNH'),
          ('SUBJ', 'Về việc thành lập Tổ công tác rà soát thủ tục hành chính và kiểm tra việc tiếp nhận hồ sơ '
                   'trên địa bàn huyện năm 2022'),
          ('CB', 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN'),
          ('BI', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'),
          ('BI', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'),
          ('BI', 'Theo đề nghị của Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện.'),
          ('CB', 'QUYẾT ĐỊNH:'),
          ('B', 'Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính gồm các thành viên có tên trong danh '
                'sách kèm theo Quyết định này.'),
          ('B', 'Điều 2. Tổ công tác có nhiệm vụ rà soát toàn bộ thủ tục hành chính, báo cáo kết quả về Ủy ban '
                'nhân dân huyện trước ngày 31 tháng 3 năm 2022.'),
          ('B', 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.')],
    sign=[[[('NN', 'Nơi nhận:'), ('NL', '- Như Điều 3;'), ('NL', '- Lưu: VT.')],
           [('CB', 'CHỦ TỊCH'), ('GAP', 'Nguyễn Văn An')]]],
)


def encrypted(name, password):
    """A one-line letter whose PDF needs a password to open."""
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.text">%s<office:body><office:text>%s'
           '</office:text></office:body></office:document>\n'
           % (NS, STYLES, p('B', 'Văn bản mật: chỉ mở được khi có mật khẩu.')))
    with open(name + '.fodt', 'w', encoding='utf-8') as f:
        f.write(doc)
    opts = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
            '"DocumentOpenPassword":{"type":"string","value":"%s"}}' % password)
    subprocess.run(['soffice', '--headless', '--convert-to', opts, name + '.fodt'], check=True,
                   stdout=subprocess.DEVNULL)


encrypted('encrypted', 'vanthu')
