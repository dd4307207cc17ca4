import Diagnostics
import OfficeFiles

/// A Word document (.docx) around a rendered `word/document.xml`: the styles and footers come
/// from the templates folder as written (`docx-styles.xml`, `docx-fonts.xml`,
/// `docx-footer-odd.xml`, `docx-footer-even.xml`), the package parts are fixed, and every zip entry carries the same
/// date, so the same campaign gives the same bytes.
public enum WordDocument {
    public static func file(
        _ path: String, _ document: String, templates: TemplateSet
    ) -> Result<[OutputFile], Diagnostic> {
        let part = { (name: String) in Array((templates.text(of: name)?.text ?? "").utf8) }
        let entries: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(packageRelations.utf8)),
            ("word/document.xml", Array(document.utf8)),
            ("word/_rels/document.xml.rels", Array(documentRelations.utf8)),
            ("word/styles.xml", part("docx-styles.xml")), ("word/fontTable.xml", part("docx-fonts.xml")),
            ("word/settings.xml", Array(settings.utf8)),
            ("word/footer1.xml", part("docx-footer-odd.xml")), ("word/footer2.xml", part("docx-footer-even.xml")),
        ]
        do {
            return .success([OutputFile(path: path, bytes: try ZipArchive.write(entries, file: path))])
        } catch {
            return .failure(error)
        }
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>
        """

    static let packageRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """

    static let documentRelations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>
        """

    /// Odd and even pages have their own footers: the page number sits outside, as GB/T 9704 asks.
    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """
}
