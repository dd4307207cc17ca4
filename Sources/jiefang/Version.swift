/// jiefang's version, written only here: `jiefang --version` prints it, and
/// `scripts/package-deb.sh` names the Debian package after what the built binary prints.
let jiefangVersion = "0.9.0"
