import CLibXML2
import Diagnostics

/// Collects libxml2's structured errors for one operation, so each message keeps its line.
final class XMLErrorSink {
    var problems: [Diagnostic] = []
    /// The document's name, for problems libxml2 reports without one.
    let name: String

    init(name: String) { self.name = name }

    /// The C callback; `context` is an unretained pointer to a sink.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue()
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown XML problem"
        let message = raw.hasSuffix("\n") ? String(raw.dropLast()) : raw
        let line = Int(error.pointee.line)
        sink.problems.append(
            .error(
                .xmlProblem, ["detail": "\(message)"],
                at: SourceLocation(file: sink.name, line: max(1, line), column: 1)))
    }

    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Runs `body` with libxml2's thread-global error handler pointed at this sink.
    func capturing<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(context, XMLErrorSink.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}

/// Parses XML text with libxml2, never fetching anything from the network.
enum XMLParsing {
    static func parse(_ bytes: [UInt8], name: String) -> Result<xmlDocPtr, Diagnostic> {
        let sink = XMLErrorSink(name: name)
        let doc: xmlDocPtr? = sink.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), name, "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        if let doc, sink.problems.isEmpty { return .success(doc) }
        if let doc { xmlFreeDoc(doc) }
        return .failure(
            sink.problems.first
                ?? Diagnostic.error(.xmlNotWellFormed, at: SourceLocation(file: name, line: 1, column: 1)))
    }
}
