import Diagnostics
import Hummingbird
import HummingbirdCore
import HummingbirdTLS

/// HTTPS without a proxy (SPEC §8): the town's own certificate and key, in PEM files.
extension OfficeServer {
    /// The server plain, or over TLS with the certificate chain and key given; both or neither.
    public static func httpServer(certificate: String?, key: String?) throws(Diagnostic) -> HTTPServerBuilder {
        switch (certificate, key) {
        case (nil, nil):
            return .http1()
        case (let certificate?, let key?):
            let chain: [NIOSSLCertificate]
            do {
                chain = try NIOSSLCertificate.fromPEMFile(certificate)
            } catch {
                throw .error(.tlsCertificate, ["detail": "\(error)"], at: SourceLocation(file: certificate))
            }
            let privateKey: NIOSSLPrivateKey
            do {
                privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
            } catch {
                throw .error(.tlsKey, ["detail": "\(error)"], at: SourceLocation(file: key))
            }
            let configuration = TLSConfiguration.makeServerConfiguration(
                certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
            do {
                return try .tls(.http1(), tlsConfiguration: configuration)
            } catch {
                throw .error(.tlsKey, ["detail": "\(error)"], at: SourceLocation(file: key))
            }
        default:
            throw .error(.tlsPair)
        }
    }
}
