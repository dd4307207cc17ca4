import BundledTemplates
import CampaignSpec
import Diagnostics
import Foundation
import Mustache
import ScheduleXML

/// The templates a build uses: the built-in ones, each replaced by a file of the same name in
/// `--templates DIR`. Loading parses every template and checks every tag against the data its
/// view offers, so a broken template stops the build before anything is written.
public struct TemplateSet: Sendable {
    /// Every file a templates folder may hold: every file jiefang ships in `Templates/`.
    public static let knownNames = BundledTemplates.files.map(\.name).filter { $0 != keysReference }
    /// The shared print stylesheet, included by pages as `{{> print.css}}`.
    public static let stylesheet = "print.css"
    /// One day's register sheet, included as `{{> register-sheet.html}}` by the one-day and the all-days register.
    public static let registerSheet = "register-sheet.html.mustache"
    /// Templates that pages include rather than render on their own.
    /// The web page's navigation, included by each of its pages as `{{> web-nav.html}}`.
    public static let webNav = "web-nav.html.mustache"
    /// The change report on the web page, included by the leave page as `{{> web-change-report.html}}`.
    public static let webChangeReport = "web-change-report.html.mustache"
    /// The Word documents' page layout (A4, margins, grid, footers), included as `{{> docx-page.xml}}`.
    public static let documentPage = "docx-page.xml.mustache"
    static let partials = [stylesheet, registerSheet, webNav, webChangeReport, documentPage]
    public static let schema = ScheduleSchema.fileName
    /// The template author's reference of keys, which a templates folder may hold beside the templates.
    public static let keysReference = "KEYS.md"
    public static let campaign = "campaign.yaml"

    /// The Mustache templates, each rendered from one view.
    public enum Page: String, CaseIterable, Sendable {
        case notice = "notice.html.mustache"
        case posting = "posting.html.mustache"
        case plan = "plan.html.mustache"
        case index = "index.html.mustache"
        case rota = "rota.html.mustache"
        case rotaCalendar = "rota.ics.mustache"
        case rotaText = "rota.txt.mustache"
        case register = "register.html.mustache"
        case registers = "registers.html.mustache"
        case planDocument = "plan.docx.xml.mustache"
        case noticeDocument = "notice.docx.xml.mustache"

        /// The page as the template set checks it.
        public var checked: TemplatePage { TemplatePage(name: rawValue, shape: shape) }

        var shape: [String: Shape] {
            switch self {
            case .notice, .posting, .plan, .index, .planDocument, .noticeDocument: return Views.document.shape
            case .rota, .rotaCalendar, .rotaText: return Views.rota.shape
            case .register: return Views.register.shape
            case .registers: return Views.registers.shape
            }
        }
    }

    private let sources: [String: TemplateSource]
    private let library: MustacheLibrary

    /// The pages a build renders.
    public static let buildPages = Page.allCases.map(\.checked)

    /// The built-in templates, with any file in `overrides` taking the place of its namesake;
    /// `pages` are parsed and checked against their data (the build's, by default).
    public static func load(
        overrides: String?, pages: [TemplatePage] = buildPages
    ) -> Result<TemplateSet, DiagnosticLog> {
        ICalendarText.registerContentType()
        var sources: [String: TemplateSource] = [:]
        for name in knownNames {
            guard let text = BundledTemplates.text(named: name) else { continue }
            sources[name] = TemplateSource(name: name, shownPath: "Templates/" + name, text: text)
        }
        var problems: [Diagnostic] = []
        if let overrides {
            switch readOverrides(overrides) {
            case .success(let found): for source in found { sources[source.name] = source }
            case .failure(let errors): problems += errors.items
            }
        }
        // Tags first: their messages name the key and suggest a fix; Mustache's own parser
        // then catches anything else in a template whose tags are all sound.
        let checker = TemplateChecker(
            partials: Dictionary(
                uniqueKeysWithValues: partials.compactMap { name in
                    sources[name].map { (partialName(name), $0) }
                }))
        var unsound: Set<String> = []
        for page in pages {
            guard let source = sources[page.name] else { continue }
            let found = checker.problems(in: source, shape: page.shape)
            if !found.isEmpty { unsound.insert(page.name) }
            problems += found
        }
        var library = MustacheLibrary()
        for name in pages.map(\.name) + partials where !unsound.contains(name) {
            guard let source = sources[name] else {
                problems.append(
                    Diagnostic(
                        .error, .templateMissing, ["name": "\(name)"],
                        at: SourceLocation(file: "Templates/" + name, line: 1, column: 1)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: source.text), named: partialName(name))
            } catch let error as MustacheTemplate.ParserError {
                problems.append(
                    Diagnostic(
                        .error, .templateSyntax, ["detail": "\(error.error)"],
                        at: SourceLocation(
                            file: source.shownPath, line: error.context.lineNumber,
                            column: error.context.columnNumber)))
            } catch {
                problems.append(
                    Diagnostic(
                        .error, .templateSyntax, ["detail": "\(error)"],
                        at: SourceLocation(file: source.shownPath, line: 1, column: 1)))
            }
        }
        guard problems.isEmpty else { return .failure(DiagnosticLog(problems)) }
        return .success(TemplateSet(sources: sources, library: library))
    }

    /// The text of a non-Mustache file (the XSD, the starter campaign).
    public func text(of name: String) -> TemplateSource? { sources[name] }

    func render(_ page: Page, _ context: [String: Any]) -> String { render(page.rawValue, context) }

    /// Renders a page that was checked when the set was loaded.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: TemplateSet.partialName(name)) ?? ""
    }

    private static func partialName(_ file: String) -> String {
        file.hasSuffix(".mustache") ? String(file.dropLast(".mustache".count)) : file
    }

    private static func readOverrides(_ folder: String) -> Result<[TemplateSource], DiagnosticLog> {
        let here = SourceLocation(file: folder, line: 1, column: 1)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else {
            return .failure(DiagnosticLog([Diagnostic(.error, .templatesFolderMissing, at: here)]))
        }
        var found: [TemplateSource] = [], problems: [Diagnostic] = []
        for name in names.sorted() where !name.hasPrefix(".") && name != keysReference {
            let path = (folder as NSString).appendingPathComponent(name)
            let at = SourceLocation(file: path, line: 1, column: 1)
            guard knownNames.contains(name) else {
                problems.append(
                    Diagnostic(
                        .error, .notATemplate,
                        ["hint": Suggestion.hint(for: name, among: knownNames), "names": Phrase.list(knownNames)],
                        at: at))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(Diagnostic(.error, .templateUnreadable, at: at))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(.error, .templateNotUTF8, at: at))
                continue
            }
            found.append(TemplateSource(name: name, shownPath: path, text: text))
        }
        return problems.isEmpty ? .success(found) : .failure(DiagnosticLog(problems))
    }
}

/// A template and the shape of the data it gets, so its tags can be checked before it renders.
public struct TemplatePage: Sendable {
    public let name: String
    public let shape: [String: Shape]

    public init(name: String, shape: [String: Shape]) {
        self.name = name
        self.shape = shape
    }
}

extension TemplateSet {
    /// `schedule.xsd` compiled: the templates folder's edited copy when it has one, else the
    /// one ScheduleXML ships with.
    public func scheduleSchema() -> Result<XMLSchemaCheck, Diagnostic> {
        guard let xsd = text(of: TemplateSet.schema) else { return ScheduleSchema.builtIn() }
        return ScheduleSchema.compile(xsd.text, shownPath: xsd.shownPath)
    }
}
