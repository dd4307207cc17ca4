import CLibXML2
import Diagnostics

/// An XSD, compiled once, that documents are checked against.
public final class XMLSchemaCheck: @unchecked Sendable {
    // libxml2's compiled schema is read-only after parsing; validation contexts are per call.
    private let schema: xmlSchemaPtr

    /// Compiles `xsd`; a broken schema is reported with its line in `name`.
    public init(xsd: String, name: String) throws(Diagnostic) {
        xmlInitParser()
        let sink = XMLErrorSink(name: name)
        let bytes = Array(xsd.utf8)
        let compiled: xmlSchemaPtr? = sink.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
                    guard let parser = xmlSchemaNewMemParserCtxt(text, Int32(buffer.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(parser) }
                    xmlSchemaSetParserStructuredErrors(parser, XMLErrorSink.callback, sink.context)
                    return xmlSchemaParse(parser)
                }
            }
        }
        guard let compiled else {
            throw sink.problems.first
                ?? .error(.schemaNotCompiled, ["detail": ""], at: SourceLocation(file: name, line: 1, column: 1))
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Every problem in `bytes`, parsed as a document named `name`; empty when it is valid.
    public func problems(in bytes: [UInt8], name: String) -> [Diagnostic] {
        let doc: xmlDocPtr
        switch XMLParsing.parse(bytes, name: name) {
        case .failure(let problem): return [problem]
        case .success(let parsed): doc = parsed
        }
        defer { xmlFreeDoc(doc) }
        return problems(in: doc, name: name)
    }

    func problems(in doc: xmlDocPtr, name: String) -> [Diagnostic] {
        let sink = XMLErrorSink(name: name)
        let whole = SourceLocation(file: name, line: 1, column: 1)
        guard let validator = xmlSchemaNewValidCtxt(schema) else { return [.error(.outOfMemory, at: whole)] }
        defer { xmlSchemaFreeValidCtxt(validator) }
        xmlSchemaSetValidStructuredErrors(validator, XMLErrorSink.callback, sink.context)
        let status = withExtendedLifetime(sink) { xmlSchemaValidateDoc(validator, doc) }
        if status != 0 && sink.problems.isEmpty {
            return [.error(.schemaMismatch, at: whole)]
        }
        return sink.problems
    }
}
