import CLibXML2
import Diagnostics

/// A parsed XML part of an Office document, read with libxml2 (never from the network) into
/// plain values: each element's local name, attributes by name (prefix dropped) and children.
struct XMLElement: Sendable {
    let name: String
    let attributes: [String: String]
    let children: [XMLElement]
    /// The text directly inside the element.
    let text: String

    func first(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// Every descendant named `name`, in document order, without looking inside `skipping`.
    func descendants(_ name: String, skipping: Set<String> = []) -> [XMLElement] {
        children.flatMap { child -> [XMLElement] in
            if skipping.contains(child.name) { return [] }
            return (child.name == name ? [child] : []) + child.descendants(name, skipping: skipping)
        }
    }

    static func parse(_ bytes: [UInt8]) -> XMLElement? {
        guard !bytes.isEmpty else { return nil }
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory(
                    $0, Int32(buffer.count), "part.xml", "UTF-8",
                    Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue))
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return element(root)
    }

    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = String(cString: a.pointee.name)
            if let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(a))) {
                attributes[name] = String(cString: value)
                jiefang_xmlFree(value)
            }
            attribute = a.pointee.next
        }
        var children: [XMLElement] = []
        var text = ""
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: children.append(element(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { text += String(cString: content) }
            default: break
            }
            child = c.pointee.next
        }
        return XMLElement(
            name: String(cString: node.pointee.name), attributes: attributes, children: children, text: text)
    }
}
