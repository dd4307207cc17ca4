import CLibXML2
import Foundation

/// Counts the elements and attributes libxml2's HTML parser finds in a page: a value that
/// escaped its text and became markup shows up as an extra element or attribute.
struct HTMLCensus: Equatable, CustomStringConvertible {
    var elements: [String: Int] = [:]
    var attributes: [String: Int] = [:]

    init(html bytes: Data) {
        let doc = bytes.withUnsafeBytes { raw -> htmlDocPtr? in
            let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
            return htmlReadMemory(
                raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), "page.html", "UTF-8", options)
        }
        guard let doc else { return }
        defer { xmlFreeDoc(doc) }
        visit(xmlDocGetRootElement(doc))
    }

    private mutating func visit(_ node: xmlNodePtr?) {
        var current = node
        while let n = current {
            if n.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: n.pointee.name)
                elements[name, default: 0] += 1
                var attribute = n.pointee.properties
                while let a = attribute {
                    attributes[name + "@" + String(cString: a.pointee.name), default: 0] += 1
                    attribute = a.pointee.next
                }
                visit(n.pointee.children)
            }
            current = n.pointee.next
        }
    }

    var description: String {
        "elements \(elements.sorted { $0.key < $1.key }), attributes \(attributes.sorted { $0.key < $1.key })"
    }
}
