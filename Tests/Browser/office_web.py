"""The office's web page in a real browser: Debian's Chromium driven by Playwright.

Run by `swift test` (OfficeWebBrowserTests); by hand:
    python3 Tests/Browser/office_web.py .build/debug/jiefang
Sets up the sample campaign in a fresh folder, builds it, makes three accounts, serves it on a
free loopback port and walks through what the office and a leader do. Exits non-zero, saying
which step failed, when anything is not as the office would expect.
"""
import json, os, pathlib, re, shutil, socket, subprocess, sys, tempfile, time

from playwright.sync_api import sync_playwright, expect

REPO = pathlib.Path(__file__).resolve().parents[2]
JIEFANG = os.path.abspath(sys.argv[1])
PETITIONER = "张三丰"
ID_NUMBER = "11010519491231002X"


def run(*args, stdin=None):
    done = subprocess.run([JIEFANG, *args], cwd=WORK, input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"jiefang {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


WORK = pathlib.Path(tempfile.mkdtemp(prefix="jiefang-browser-"))
shutil.copy(REPO / "Templates" / "campaign.yaml", WORK / "c.yaml")
run("build", "c.yaml", "-o", "output")
run("user", "add", "c.yaml", "王干事", "--role", "office", "--bcrypt-cost", "4", stdin="office-password\n")
run("user", "add", "c.yaml", "李明", "--role", "leader", "--leader", "li-ming", "--bcrypt-cost", "4", stdin="leader-password\n")
days = json.loads(run("plan", "c.yaml", "--format", "json", "--previous", "output/schedule.xml"))["days"]
port = free_port()
BASE = f"http://127.0.0.1:{port}"
log = open(WORK / "serve.log", "w")
server = subprocess.Popen([JIEFANG, "serve", "c.yaml", "--port", str(port), "-o", "output"], cwd=WORK,
                          stdout=log, stderr=subprocess.STDOUT)


def step(name):
    print(f"-- {name}", flush=True)


def sign_in(page, name, password):
    page.goto(BASE + "/signin")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_be_visible()
    assert page.url == BASE + "/", f"{name} did not land on today's page: {page.url}"


SHOTS = WORK / "screenshots"
SHOTS.mkdir()
# Text in any element that holds some, and how far the page reaches past the window.
MEASURE = """() => {
  let smallest = 1e9, where = "";
  for (const e of document.querySelectorAll("body *")) {
    const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const box = e.getBoundingClientRect();
    if (!own || box.width === 0 || box.height === 0) continue;
    const size = parseFloat(getComputedStyle(e).fontSize);
    if (size < smallest) { smallest = size; where = e.tagName + " " + e.textContent.trim().slice(0, 20); }
  }
  return {overflow: document.documentElement.scrollWidth - window.innerWidth, smallest, where};
}"""


def layout(page, path, name, strict=True):
    """Screenshots at the office's 1280 px and a phone's 390 px; on a page people use on a phone,
    nothing may scroll sideways and no text may be under 14 px."""
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        if path is not None:
            page.goto(BASE + path)
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        seen = page.evaluate(MEASURE)
        if strict:
            assert seen["overflow"] <= 0, f"{name} at {width} px scrolls sideways by {seen['overflow']} px"
            assert seen["smallest"] >= 14, f"{name} at {width} px has {seen['smallest']} px text: {seen['where']}"
    page.set_viewport_size({"width": 1280, "height": 900})


def add_visit(page, date, case_leader, request, topic):
    page.goto(f"{BASE}/register?date={date}")
    duty = next(d["leader"] for d in days if d["date"] == date)
    selected = page.locator("select[name=leader]").input_value()
    assert selected == duty, f"the register of {date} names {selected}, not the duty leader {duty}"
    page.fill("input[name=time]", "09:30")
    page.fill("input[name='petitioner.name']", PETITIONER)
    page.fill("input[name='petitioner.id_number']", ID_NUMBER)
    page.fill("input[name='petitioner.phone']", "13912345678")
    page.select_option("select[name=category]", "申诉求决")
    # The same petitioner on another topic: another matter, so another case.
    page.select_option("select[name=topic]", topic)
    page.fill("textarea[name=request]", request)
    page.select_option("select[name=disposition]", "包案")
    page.select_option("select[name='case.leader']", case_leader)
    page.fill("input[name='case.unit']", "镇农业农村办")
    page.click("#visit button[type=submit]")
    if page.locator("#earlier").count() > 0:
        # A returning petitioner: their earlier visits are shown, and the second submit stores it.
        expect(page.locator("#earlier")).to_contain_text("此前来访过")
        page.click("#visit button[type=submit]")
    expect(page.locator("#added")).to_contain_text("已立案")
    number = re.search(r"案件 (\d{8}-\d{2})", page.locator("#added").inner_text()).group(1)
    assert PETITIONER not in page.url and ID_NUMBER not in page.url, f"petitioner data in the URL {page.url}"
    return number


try:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        office = browser.new_context().new_page()

        step("office staff sign in")
        sign_in(office, "王干事", "office-password")

        step("the weekly report before")
        office.goto(BASE + "/reports/weekly?as_of=2026-09-13")
        weekly_before = office.locator("body").inner_text()

        step("a visit that becomes a 包案 case, received by the duty leader")
        mine = add_visit(office, "2026-09-08", "li-ming", "承包地被占用，要求恢复", "土地征收")
        other = add_visit(office, "2026-09-09", "zhao-jun", "道路破损，要求维修", "城乡建设")

        step("a refused visit: each problem beside its field, in the office's words")
        office.goto(f"{BASE}/register?date=2026-09-08")
        office.fill("input[name=time]", "10:00")
        office.fill("input[name='petitioner.name']", "李四")
        office.fill("input[name='petitioner.id_number']", "110105194912310021")
        office.fill("textarea[name=request]", "宅基地纠纷")
        office.select_option("select[name=disposition]", "包案")
        office.click("#visit button[type=submit]")
        id_error = office.locator("label:has(input[name='petitioner.id_number']) .field-error")
        expect(id_error).to_contain_text("身份证号有误：最后一位校验码是“1”")
        case_error = office.locator("label:has(select[name='case.leader']) .field-error")
        expect(case_error).to_contain_text("处理方式为“包案”的要立案：请选定包案领导和责任单位")
        refused = office.locator("main").inner_text()
        assert "case:" not in refused and "{leader" not in refused, f"YAML advice on the web page: {refused}"
        layout(office, None, "register-refused")

        step("progress, extension and closing")
        office.goto(f"{BASE}/cases/{mine}")
        office.fill("#add-progress input[name=date]", "2026-09-10")
        office.fill("#add-progress textarea[name=text]", "已约谈村委会，现场核实")
        office.click("#add-progress button")
        expect(office.locator("#progress")).to_contain_text("已约谈村委会")
        office.fill("#extend input[name=days]", "10")
        office.fill("#extend input[name=approver]", "李明")
        office.fill("#extend input[name=reason]", "需县级部门会商")
        office.fill("#extend input[name=date]", "2026-09-10")
        office.click("#extend button")
        expect(office.locator("#due")).to_contain_text("延期至")
        office.fill("#close textarea[name=result]", "已恢复承包地")
        office.fill("#close input[name=date]", "2026-09-12")
        office.fill("#close input[name=reply_date]", "2026-09-12")
        office.select_option("#close select[name=satisfaction]", "满意")
        office.check("#close input[name=stopped]")
        office.click("#close button")
        expect(office.locator("#status")).to_contain_text("已办结")

        step("the weekly report changed")
        office.goto(BASE + "/reports/weekly?as_of=2026-09-13")
        weekly_after = office.locator("body").inner_text()
        assert weekly_after != weekly_before, "the weekly report did not change"
        assert mine in weekly_after, f"the weekly report does not list case {mine}"

        step("every office page at 1280 and 390 px")
        for path, name in [("/", "today"), ("/cases", "cases"), (f"/cases/{mine}", "case"),
                           ("/register?date=2026-09-08", "register"), ("/visits?date=2026-09-08", "visits"),
                           ("/roster", "roster"), ("/preview", "preview"), ("/leave", "leave"),
                           ("/appointments", "appointments")]:
            layout(office, path, "office-" + name)
        for path, name in [("/reports/weekly?as_of=2026-09-13", "weekly"), ("/reports/summary", "summary"),
                           (f"/cases/{mine}/print", "case-sheet")]:
            layout(office, path, "office-" + name, strict=False)  # A4 pages for printing

        step("a leader sees only their own duties and cases")
        leader = browser.new_context().new_page()
        layout(leader, "/signin", "signin")
        sign_in(leader, "李明", "leader-password")
        for path, name in [("/", "today"), ("/cases", "cases"), (f"/cases/{mine}", "case"), ("/no-such-page", "not-found")]:
            layout(leader, path, "leader-" + name)
        leader.goto(BASE + "/")
        own_days = [d for d in days if d["leader"] == "li-ming"]
        expect(leader.locator("#my-duties li")).to_have_count(len(own_days))
        leader.goto(BASE + "/cases")
        expect(leader.locator("#cases")).to_contain_text(mine)
        assert other not in leader.locator("#cases").inner_text(), "a leader sees another leader's case"
        for path in [f"/cases/{other}", f"/cases/{other}/print", "/register", "/roster", "/reports/weekly", "/leave"]:
            response = leader.goto(BASE + path)
            assert response.status == 404, f"a leader got {response.status} for {path}, not 404"

        step("the notice preview follows the file without reloading")
        office.goto(BASE + "/preview")
        frame = office.frame_locator("#notice")
        expect(frame.locator("body")).to_contain_text("0768-1234567")
        office.evaluate("window.notReloaded = true")
        text = (WORK / "c.yaml").read_text(encoding="utf-8")
        (WORK / "c.yaml").write_text(text.replace("0768-1234567", "0768-7654321"), encoding="utf-8")
        started = time.monotonic()
        expect(frame.locator("body")).to_contain_text("0768-7654321", timeout=3000)
        waited = time.monotonic() - started
        assert office.evaluate("window.notReloaded === true"), "the preview page reloaded itself"
        print(f"   the preview changed {waited:.2f} s after the file did")
        assert waited < 1.5, f"the preview took {waited:.2f} s"

        step("a leader is called away: leave through the page, the change report, the build")
        away = next(d for d in days if d["leader"] == "wang-jianguo" and d["phase"] == "resolution")
        before = (WORK / "c.yaml").read_text(encoding="utf-8")
        office.goto(BASE + "/leave")
        office.select_option("#leave select[name=leader]", "wang-jianguo")
        office.fill("#leave input[name=from]", away["date"])
        office.fill("#leave input[name=to]", away["date"])
        office.fill("#leave input[name=issued]", "2026-09-05")
        office.click("#leave button")
        expect(office.locator("#changes")).to_contain_text(away["date"])
        expect(office.locator("#changes")).to_contain_text("要通知的领导")
        layout(office, None, "leave-review")
        assert (WORK / "c.yaml").read_text(encoding="utf-8") == before, "the file changed before confirmation"
        office.click("#confirm button")
        expect(office.locator("#done")).to_contain_text("已写入活动文件")
        after = (WORK / "c.yaml").read_text(encoding="utf-8")
        line = next(l for l in before.splitlines() if "id: wang-jianguo" in l)
        expected = before.replace(line, line[:-1] + f", away: [{away['date']}]}}")
        expected = expected.replace("issued: 2026-08-31", "issued: 2026-09-05")
        assert after == expected, "the file changed elsewhere than the leave and the issued date"
        notice = (WORK / "output" / "notice.html").read_text(encoding="utf-8")
        assert "本公告自2026年9月5日起替代2026年8月31日发布的接访安排" in notice, "the notice does not name what it replaces"
        schedule = (WORK / "output" / "schedule.xml").read_text(encoding="utf-8")
        assert f'date="{away["date"]}" leader="wang-jianguo"' not in schedule, "the build did not re-plan"
        browser.close()

    step("no petitioner data in the server's log")
    logged = (WORK / "serve.log").read_text(encoding="utf-8")
    assert PETITIONER not in logged and ID_NUMBER not in logged, "petitioner data in the log"
    shots = sorted(SHOTS.glob("*.png"))
    print(f"   {len(shots)} screenshots in {SHOTS}")
    assert len(shots) >= 36, f"only {len(shots)} screenshots"
    print("ok")
finally:
    server.terminate()
    server.wait()
    log.close()
    if os.environ.get("KEEP") != "1":
        shutil.rmtree(WORK, ignore_errors=True)
