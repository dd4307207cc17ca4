import Hummingbird
import NIOCore

/// What the server knows of a request beyond the request itself: the client's address, for
/// slowing down guessing from one machine and for the record of who signed in from where.
public struct OfficeContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's IP address, without its port; `-` when the request came from no socket
    /// (a test's in-process client).
    var clientAddress: String { remoteAddress?.ipAddress ?? "-" }
}

/// A count kept across requests.
public actor Tally {
    public private(set) var count = 0
    func add() { count += 1 }
}
