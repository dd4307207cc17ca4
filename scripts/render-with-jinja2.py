#!/usr/bin/env python3
"""The peer `jiefang-bench` races: a plain Python + Jinja2 script that writes the same files as
`jiefang build` from the same plan: index, notice, plan, posting list, every register and all
registers in one, schedule.xml, each leader's rota page and calendar, and the plan and the notice
as Word documents (the same styles, fonts and footers, zipped with zipfile). It reads the campaign
file and the plan `jiefang plan --format json` printed, so it does no planning of its own:

    python3 scripts/render-with-jinja2.py campaign.yaml plan.json OUTPUT-FOLDER

Needs PyPI's jinja2 and pyyaml. Written as someone would write it for the office: one process,
one template environment, files written one after another, no checks.
"""
import datetime
import json
import pathlib
import sys
import zipfile

import jinja2
import markupsafe
import yaml

WEEKDAYS = "一二三四五六日"
ROOT = pathlib.Path(__file__).resolve().parent.parent

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{% block title %}{% endblock %}</title>
<style>
{{ css }}
</style>
</head>
<body{% block body_class %}{% endblock %}>
{% block body %}{% endblock %}
</body>
</html>
"""

SHEET = """<h1>{{ c.title }}接访登记表</h1>
<table class="info">
<tr><td>接访日期：{{ d.full }}（{{ d.weekday }}）</td><td>值班领导：{{ d.leader.name }}（{{ d.leader.title }}）</td></tr>
<tr><td>接访地点：{{ c.reception.location }}</td><td>接访时间：{{ c.reception.hours | join("、") }}</td></tr>
</table>
<table>
<thead>
<tr><th style="width:8mm">序号</th><th style="width:20mm">信访人</th><th style="width:24mm">联系方式</th><th>诉求内容</th><th>接待处理意见</th><th>办理结果</th><th style="width:18mm">包案领导</th></tr>
</thead>
<tbody>
{% for n in range(1, 11) %}<tr><td class="center">{{ n }}</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
{% endfor %}</tbody>
</table>
<p class="small">未能当场化解的信访事项，一案一表、一事一记，按“谁接访、谁负责、谁包案、谁化解”的原则落实包案领导。</p>
<div class="signature">
<p>记录人：＿＿＿＿＿＿　　值班领导签字：＿＿＿＿＿＿</p>
</div>
"""

TEMPLATES = {
    "page": PAGE,
    "sheet": SHEET,
    "notice": """{% extends "page" %}{% block title %}{{ c.title }}公告{% endblock %}
{% block body_class %} class="notice{% if public|length > 16 %} many-days{% endif %}"{% endblock %}
{% block body %}<h1>{{ c.title }}公告</h1>
<p class="indent">为及时反映好群众意愿、维护好群众利益、疏导好群众情绪，把矛盾纠纷化解在基层，{{ c.organization }}开展{{ c.title }}{% if public %}，{{ public[0].md }}至{{ public[-1].md }}每天安排一名领导班子成员接待来访群众{% endif %}。现将接访安排公告如下：</p>
<p class="where">接访地点：{{ c.reception.location }}　　接访时间：{{ c.reception.hours | join("、") }}</p>
<table>
<thead>
<tr><th>日期</th><th>接访领导</th><th>职务</th></tr>
</thead>
<tbody>
{% for d in public %}<tr><td class="nowrap">{{ d.md }}（{{ d.weekday }}）</td><td class="leader">{{ d.leader.name }}</td><td>{{ d.leader.title }}</td></tr>
{% endfor %}</tbody>
</table>
<p class="indent">接访方式：{{ c.reception.methods | join("、") }}。群众可在接访时间内直接到{{ c.reception.location }}反映诉求，也可提前向{{ c.office.name }}预约。</p>
<p class="indent">联系电话：{{ c.office.phone }}　　地址：{{ c.office.address }}。请依法、理性、有序表达诉求。</p>
<div class="signature">
<p>{{ c.organization }}</p>
<p>{{ issued }}</p>
</div>{% endblock %}""",
    "posting": """{% extends "page" %}{% block title %}{{ c.title }}公告张贴登记表{% endblock %}
{% block body %}<h1>{{ c.title }}公告张贴登记表</h1>
<p>张贴内容：{{ c.title }}公告（{{ issued }}发布）。张贴后请在表中签名并填写日期，交回{{ c.office.name }}存档。</p>
<table class="checklist">
<thead>
<tr><th>序号</th><th>张贴地点</th><th>类别</th><th>份数</th><th>张贴人</th><th>张贴日期</th><th>备注</th></tr>
</thead>
<tbody>
{% for s in c.sites %}<tr><td class="center">{{ loop.index }}</td><td>{{ s.name }}</td><td class="nowrap">{{ kinds[s.kind] }}</td><td class="center">{{ s.copies or 1 }}</td><td style="width:22mm"></td><td style="width:24mm"></td><td style="width:20mm"></td></tr>
{% endfor %}</tbody>
<tfoot>
<tr><th colspan="3">合计</th><th>{{ c.sites | sum(attribute="copies") }}</th><td colspan="3"></td></tr>
</tfoot>
</table>{% endblock %}""",
    "plan": """{% extends "page" %}{% block title %}{{ c.title }}实施方案{% endblock %}
{% block body %}<h1>{{ c.organization }}<br>{{ c.title }}实施方案</h1>
{% for p in c.phases %}<h3>（{{ loop.index }}）{{ p.name }}（{{ p.start }}至{{ p.end }}）</h3>
{% endfor %}<h2>附件：接访值班表</h2>
<table>
<thead><tr><th>日期</th><th>阶段</th><th>值班领导</th><th>职务</th></tr></thead>
<tbody>
{% for d in days %}<tr><td class="nowrap">{{ d.md }}（{{ d.weekday }}）</td><td>{{ d.phase_name }}</td><td>{{ d.leader.name }}</td><td>{{ d.leader.title }}</td></tr>
{% endfor %}</tbody>
</table>
<div class="signature"><p>{{ c.organization }}</p><p>{{ issued }}</p></div>{% endblock %}""",
    "index": """{% extends "page" %}{% block title %}{{ c.title }}：生成结果{% endblock %}
{% block body %}<h1>{{ c.title }}</h1>
<p class="center">{{ c.organization }}　共{{ days|length }}个值班日　发布日期：{{ issued }}</p>
<ul>
<li><a href="notice.html">notice.html</a>：接访公告</li>
<li><a href="posting.html">posting.html</a>：公告张贴登记表</li>
<li><a href="plan.html">plan.html</a>：实施方案（附值班表）</li>
<li><a href="registers.html">registers.html</a>：全部接访登记表</li>
<li><a href="schedule.xml">schedule.xml</a>：完整排班数据（XML）</li>
</ul>
<table>
<thead><tr><th>领导</th><th>职务</th><th>值班天数</th><th>周末/节假日</th><th>值班表</th></tr></thead>
<tbody>
{% for l in leaders %}<tr><td>{{ l.name }}</td><td>{{ l.title }}</td><td>{{ load[l.id] }}</td><td>{{ weekend[l.id] }}</td><td><a href="rota/{{ l.id }}.html">rota/{{ l.id }}.html</a>　<a href="rota/{{ l.id }}.ics">.ics</a></td></tr>
{% endfor %}</tbody>
</table>
<ul>
{% for d in days %}<li><a href="register/{{ d.iso }}.html">{{ d.md }}（{{ d.weekday }}）{{ d.leader.name }}</a></li>
{% endfor %}</ul>{% endblock %}""",
    "rota": """{% extends "page" %}{% block title %}{{ c.title }}接访值班表：{{ l.name }}{% endblock %}
{% block body_class %} class="rota"{% endblock %}
{% block body %}<h1>{{ c.title }}<br>个人接访值班表</h1>
<p>姓名：{{ l.name }}　　职务：{{ l.title }}{% if l.phone %}　　联系电话：{{ l.phone }}{% endif %}{% if l.principal %}　　（第一责任人）{% endif %}</p>
<p>值班 {{ duties|length }} 天。接访地点：{{ c.reception.location }}；接访时间：{{ c.reception.hours | join("、") }}；接访方式：{{ c.reception.methods | join("、") }}。</p>
<table>
<thead><tr><th>日期</th><th>阶段</th><th>前一值班日</th><th>后一值班日</th></tr></thead>
<tbody>
{% for d in duties %}<tr><td class="nowrap">{{ d.md }}（{{ d.weekday }}）</td><td class="nowrap">{{ d.phase_name }}</td><td>{% if d.before %}{{ d.before.md }} {{ d.before.leader.name }}{% else %}—{% endif %}</td><td>{% if d.after %}{{ d.after.md }} {{ d.after.leader.name }}{% else %}—{% endif %}</td></tr>
{% endfor %}</tbody>
</table>
<p class="small">前一值班日、后一值班日：与您交接的领导，请当面或电话交接未办结事项。手机日历文件：{{ l.id }}.ics</p>
<div class="signature"><p>{{ c.organization }}　{{ c.office.name }}　电话：{{ c.office.phone }}</p><p>{{ issued }}</p></div>{% endblock %}""",
    "ics": """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//jiefang//jiefang rota//ZH\r
CALSCALE:GREGORIAN\r
METHOD:PUBLISH\r
X-WR-CALNAME:{{ c.title | ical }}：{{ l.name | ical }}接访值班\r
X-WR-TIMEZONE:Asia/Shanghai\r
BEGIN:VTIMEZONE\r
TZID:Asia/Shanghai\r
BEGIN:STANDARD\r
DTSTART:19700101T000000\r
TZOFFSETFROM:+0800\r
TZOFFSETTO:+0800\r
TZNAME:CST\r
END:STANDARD\r
END:VTIMEZONE\r
{% for d in duties %}BEGIN:VEVENT\r
UID:{{ d.compact }}-{{ l.id }}@jiefang\r
DTSTAMP:{{ stamp }}\r
DTSTART;TZID=Asia/Shanghai:{{ d.compact }}T{{ start }}\r
DTEND;TZID=Asia/Shanghai:{{ d.compact }}T{{ end }}\r
SUMMARY:接访值班（{{ d.phase_name | ical }}）\r
LOCATION:{{ c.reception.location | ical }}\r
DESCRIPTION:{{ c.title | ical }}\\n前一值班日：{% if d.before %}{{ d.before.md }} {{ d.before.leader.name | ical }}{% else %}无{% endif %}\\n后一值班日：{% if d.after %}{{ d.after.md }} {{ d.after.leader.name | ical }}{% else %}无{% endif %}\r
TRANSP:OPAQUE\r
END:VEVENT\r
{% endfor %}END:VCALENDAR\r
""",
    "register": """{% extends "page" %}{% block title %}接访登记表 {{ d.full }}{% endblock %}
{% block body_class %} class="register"{% endblock %}
{% block body %}{% include "sheet" %}{% endblock %}""",
    "registers": """{% extends "page" %}{% block title %}{{ c.title }}接访登记表（全部）{% endblock %}
{% block body_class %} class="register"{% endblock %}
{% block body %}{% for d in days %}<section class="sheet">
{% include "sheet" %}</section>
{% endfor %}{% endblock %}""",
    "schedule": """<?xml version="1.0" encoding="UTF-8"?>
<schedule format="1" optimal="{{ optimal }}">
  <campaign title="{{ c.title }}" organization="{{ c.organization }}" issued="{{ c.issued }}" calendar="{{ c.calendar }}"/>
  <phases>
{% for p in c.phases %}    <phase id="{{ p.id }}" name="{{ p.name }}" start="{{ p.start }}" end="{{ p.end }}" public="true"/>
{% endfor %}  </phases>
  <days>
{% for d in days %}    <day date="{{ d.iso }}" phase="{{ d.phase }}" non-working="false">
      <leader id="{{ d.leader.id }}" name="{{ d.leader.name }}" title="{{ d.leader.title }}"/>
    </day>
{% endfor %}  </days>
  <load>
{% for l in leaders %}    <leader id="{{ l.id }}" name="{{ l.name }}" title="{{ l.title }}" duties="{{ load[l.id] }}" weekend-duties="{{ weekend[l.id] }}"/>
{% endfor %}  </load>
</schedule>
""",
    "docx": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
<w:p><w:pPr><w:pStyle w:val="DocTitle"/></w:pPr><w:r><w:t>{{ heading }}</w:t></w:r></w:p>
{% for text in paragraphs %}<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t xml:space="preserve">{{ text }}</w:t></w:r></w:p>
{% endfor %}<w:tbl><w:tblPr><w:tblStyle w:val="DutyTable"/></w:tblPr>
{% for d in rows %}<w:tr><w:tc><w:p><w:r><w:t>{{ d.md }}（{{ d.weekday }}）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ d.phase_name }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ d.leader.name }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ d.leader.title }}</w:t></w:r></w:p></w:tc></w:tr>
{% endfor %}</w:tbl>
<w:p><w:pPr><w:pStyle w:val="Signature"/></w:pPr><w:r><w:t>{{ c.organization }}</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Signature"/></w:pPr><w:r><w:t>{{ issued }}</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1191" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>
</w:body></w:document>
""",
}

DOCX_PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
}


def docx(path, document):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in DOCX_PARTS.items():
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("word/document.xml", (1980, 1, 1, 0, 0, 0)), document, zipfile.ZIP_DEFLATED)
        for name, source in [("word/styles.xml", "docx-styles.xml"), ("word/fontTable.xml", "docx-fonts.xml"),
                             ("word/footer1.xml", "docx-footer-odd.xml"), ("word/footer2.xml", "docx-footer-even.xml")]:
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), (ROOT / "Templates" / source).read_bytes(),
                       zipfile.ZIP_DEFLATED)


def ical(text):
    return str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def main(campaign_path, plan_path, out):
    c = yaml.safe_load(open(campaign_path, encoding="utf-8"))
    plan = json.load(open(plan_path, encoding="utf-8"))
    env = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), autoescape=True)
    env.filters["ical"] = ical
    css = markupsafe.Markup((ROOT / "Templates/print.css").read_text(encoding="utf-8"))
    leaders = {l["id"]: l for l in c["leaders"]}
    phases = {p["id"]: p for p in c["phases"]}
    days = []
    for entry in plan["days"]:
        date = datetime.date.fromisoformat(entry["date"])
        days.append({
            "iso": entry["date"], "compact": entry["date"].replace("-", ""),
            "md": f"{date.month}月{date.day}日", "full": f"{date.year}年{date.month}月{date.day}日",
            "weekday": "星期" + WEEKDAYS[date.weekday()], "phase": entry["phase"],
            "phase_name": phases[entry["phase"]]["name"], "leader": leaders[entry["leader"]],
        })
    for i, d in enumerate(days):
        d["before"] = days[i - 1] if i > 0 else None
        d["after"] = days[i + 1] if i + 1 < len(days) else None
    issued = c["issued"]
    issued = f"{issued.year}年{issued.month}月{issued.day}日"
    public_ids = {p["id"] for p in c["phases"] if p.get("public")} or set(phases)
    kinds = {"bulletin-board": "公开栏", "market": "市场", "main-road": "主要干道", "crossroads": "路口", "shop": "商店等聚集区",
             "other": "其他"}
    common = dict(c=c, css=css, issued=issued, days=days, leaders=c["leaders"], load=plan["load"],
                  weekend=plan["weekend_load"], kinds=kinds, optimal=str(plan["optimal"]).lower())
    hours = c["reception"]["hours"]
    start, end = hours[0].split("-")[0].replace(":", "") + "00", hours[-1].split("-")[1].replace(":", "") + "00"
    stamp = c["issued"].strftime("%Y%m%dT000000Z")

    out = pathlib.Path(out)
    (out / "rota").mkdir(parents=True, exist_ok=True)
    (out / "register").mkdir(exist_ok=True)

    def write(path, text):
        (out / path).write_text(text, encoding="utf-8")

    write("index.html", env.get_template("index").render(common))
    write("notice.html", env.get_template("notice").render(common, public=[d for d in days if d["phase"] in public_ids]))
    write("plan.html", env.get_template("plan").render(common))
    write("posting.html", env.get_template("posting").render(common))
    write("registers.html", env.get_template("registers").render(common))
    write("schedule.xml", env.get_template("schedule").render(common))
    rota, ics, register = env.get_template("rota"), env.get_template("ics"), env.get_template("register")
    for l in c["leaders"]:
        duties = [d for d in days if d["leader"]["id"] == l["id"]]
        write(f"rota/{l['id']}.html", rota.render(common, l=l, duties=duties))
        write(f"rota/{l['id']}.ics", ics.render(common, l=l, duties=duties, stamp=stamp, start=start, end=end))
    for d in days:
        write(f"register/{d['iso']}.html", register.render(common, d=d))
    word = env.get_template("docx")
    docx(out / "plan.docx", word.render(common, heading=c["title"] + "实施方案", rows=days,
                                        paragraphs=["为进一步密切党群干群关系，特制定本实施方案。"] * 12))
    docx(out / "notice.docx", word.render(common, heading=c["title"] + "公告", rows=[d for d in days if d["phase"] in public_ids],
                                          paragraphs=["现将接访安排公告如下："] * 3))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: render-with-jinja2.py CAMPAIGN.yaml PLAN.json OUTPUT-FOLDER")
    main(*sys.argv[1:])
