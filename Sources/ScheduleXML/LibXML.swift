import CLibXML2

/// Collects libxml2's structured errors for one operation, so each message keeps its line.
final class XMLErrorSink {
    var problems: [XMLProblem] = []

    /// The C callback; `context` is an unretained pointer to a sink.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue()
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown XML problem"
        let message = raw.hasSuffix("\n") ? String(raw.dropLast()) : raw
        sink.problems.append(XMLProblem(line: Int(error.pointee.line), message: message))
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
    static func parse(_ bytes: [UInt8], name: String) -> Result<xmlDocPtr, XMLProblem> {
        let sink = XMLErrorSink()
        let doc: xmlDocPtr? = sink.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), name, "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        if let doc, sink.problems.isEmpty { return .success(doc) }
        if let doc { xmlFreeDoc(doc) }
        return .failure(sink.problems.first ?? XMLProblem(line: 0, message: "not well-formed XML"))
    }
}
